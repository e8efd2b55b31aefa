package no.medvirk.message;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Task_AnonymiseExpiredMessages: the submitters' details of messages closed longer ago than
 * {@code medvirk.personal-data-retention} are removed, and with them the submitter's private links (status page,
 * survey), what they added on their page and the comments of their verdicts. What the message said, how it was
 * handled and the reactions stay, for the statistics (M12).
 */
@Component("anonymiseExpiredMessages")
class AnonymiseExpiredMessages implements JavaDelegate {

    /** How many messages the night's run anonymised: the run's record in the engine's history. */
    static final String ANONYMISED = "anonymised";
    private static final Logger log = LoggerFactory.getLogger(AnonymiseExpiredMessages.class);

    private final Messages messages;
    private final MessageSettings settings;
    private final CitizenLinkRows links;
    private final CitizenAdditions additions;
    private final CitizenVerdicts verdicts;
    private final Clock clock;

    AnonymiseExpiredMessages(Messages messages, MessageSettings settings, CitizenLinkRows links,
                             CitizenAdditions additions, CitizenVerdicts verdicts, Clock clock) {
        this.messages = messages;
        this.links = links;
        this.additions = additions;
        this.verdicts = verdicts;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Instant now = clock.instant();
        List<Message> expired = messages.findByClosedAtBeforeAndAnonymisedAtIsNull(
                now.minus(settings.personalDataRetention()));
        expired.forEach(message -> message.anonymise(now));
        List<Long> ids = expired.stream().map(Message::getId).toList();
        if (!ids.isEmpty()) {
            links.deleteByMessageIdIn(ids);
            additions.deleteByMessageIdIn(ids);
            verdicts.findByMessageIdIn(ids).forEach(CitizenVerdict::anonymise);
        }
        execution.setVariable(ANONYMISED, expired.size());
        log.info("Removed the submitter's details from {} closed messages", expired.size());
    }
}
