package no.medvirk.message;

import java.time.Clock;
import no.medvirk.notification.Outbox;
import no.medvirk.organisation.Organisation;
import no.medvirk.time.Dates;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_CloseUnreached (M7): the deadline passed after the card without a call; the case closes as
 * "ikke nådd – kort sendt"; the service centre is told, and the submitter when they can be.
 */
@Component("closeUnreached")
class CloseUnreached implements JavaDelegate {

    record NotReached(String caseNumber, String cardSentDate, int callAttempts) {
    }

    private final Messages messages;
    private final Organisation organisation;
    private final Outbox outbox;
    private final CitizenNotices notices;
    private final CitizenLinks links;
    private final Clock clock;

    CloseUnreached(Messages messages, Organisation organisation, Outbox outbox, CitizenNotices notices,
                   CitizenLinks links, Clock clock) {
        this.links = links;
        this.messages = messages;
        this.organisation = organisation;
        this.outbox = outbox;
        this.notices = notices;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Message message = messages.get(execution.getProcessBusinessKey());
        message.closeUnreached(clock.instant());
        links.openSurvey(message);
        outbox.send(organisation.serviceCentre().email(), "message-not-reached", new NotReached(
                message.getCaseNumber(), Dates.day(message.getCardSentAt(), clock.getZone()),
                message.getCallAttempts().size()));
        notices.closed(message);
    }
}
