package no.medvirk.message;

import java.time.Clock;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The submitter's private links to their case, as absolute addresses from {@code medvirk.base-url}: the status
 * page (every registered message has one, made in the transaction that records it) and, once the case closed
 * for a submitter with an e-mail address or a mobile number, the one-question survey. Notices to the citizen
 * (receipt, closing) put these into their text; nothing else should build the addresses.
 */
@Component
public class CitizenLinks {

    public static final String STATUS_PATH = "/melding/status/";
    public static final String SURVEY_PATH = "/melding/undersokelse/";

    private final CitizenLinkRows links;
    private final Messages messages;
    private final MessageSettings settings;
    private final Clock clock;

    CitizenLinks(CitizenLinkRows links, Messages messages, MessageSettings settings, Clock clock) {
        this.links = links;
        this.messages = messages;
        this.settings = settings;
        this.clock = clock;
    }

    /** The status page of the message; empty when it has none (its retention ended). */
    @Transactional(readOnly = true)
    public Optional<String> statusUrl(Message message) {
        return link(message).map(link -> settings.baseUrl() + STATUS_PATH + link.getStatusToken());
    }

    /** The survey of the closed message; empty until it closed for a submitter who can be asked in writing. */
    @Transactional(readOnly = true)
    public Optional<String> surveyUrl(Message message) {
        return link(message).map(CitizenLink::getSurveyToken).map(token -> settings.baseUrl() + SURVEY_PATH + token);
    }

    /** {@link #statusUrl(Message)} for a caller with only the case number; empty too when there is no such case. */
    @Transactional(readOnly = true)
    public Optional<String> statusUrl(String caseNumber) {
        return messages.findByCaseNumber(caseNumber).flatMap(this::statusUrl);
    }

    /** {@link #surveyUrl(Message)} for a caller with only the case number; empty too when there is no such case. */
    @Transactional(readOnly = true)
    public Optional<String> surveyUrl(String caseNumber) {
        return messages.findByCaseNumber(caseNumber).flatMap(this::surveyUrl);
    }

    /** Registration: the new message's status link. */
    void create(Message message) {
        links.save(new CitizenLink(message, clock.instant()));
    }

    /**
     * Closing: the survey for a submitter who can be asked in writing (not for a duplicate, which follows its
     * other case, nor for praise passed on or a withdrawn message, where there was nothing to follow up).
     */
    void openSurvey(Message message) {
        if (message.canBeAskedInWriting() && message.getAnsweredBy() != AnsweredBy.DUPLICATE
                && message.getAnsweredBy() != AnsweredBy.PASSED_ON && message.getAnsweredBy() != AnsweredBy.WITHDRAWN) {
            // A message recorded before these links existed gets its row now.
            link(message).orElseGet(() -> links.save(new CitizenLink(message, clock.instant()))).openSurvey();
        }
    }

    private Optional<CitizenLink> link(Message message) {
        return links.findById(message.getId());
    }
}
