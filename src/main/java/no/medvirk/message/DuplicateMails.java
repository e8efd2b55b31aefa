package no.medvirk.message;

import no.medvirk.notification.Outbox;
import org.springframework.stereotype.Component;

/**
 * The submitters of messages closed as duplicates hear of the case they joined: its number at once, and its
 * answer (at once when it has one, else when it is closed). Only those who gave an e-mail address; a
 * submitter reachable only by phone is told by whoever calls about the case they joined.
 */
@Component
class DuplicateMails {

    /** What the mails say: the duplicate's number, the case it joined, and that case's answer if any. */
    record Mail(String caseNumber, String joined, String answer) {
    }

    private final Outbox outbox;
    private final Messages messages;

    DuplicateMails(Outbox outbox, Messages messages) {
        this.outbox = outbox;
        this.messages = messages;
    }

    void joined(Message duplicate, Message original) {
        String email = duplicate.getSubmitter() == null ? null : duplicate.getSubmitter().email();
        if (email != null) {
            outbox.send(email, "message-duplicate", new Mail(duplicate.getCaseNumber(), original.getCaseNumber(),
                    original.getStatus() == MessageStatus.CLOSED ? original.getAnswer() : null));
        }
    }

    /** The original case is closed: its answer goes to every duplicate's submitter. */
    void answered(Message original) {
        if (original.getAnswer() == null) {
            return;
        }
        for (Message duplicate : messages.findByDuplicateOfOrderById(original.getCaseNumber())) {
            String email = duplicate.getSubmitter() == null ? null : duplicate.getSubmitter().email();
            if (email != null) {
                outbox.send(email, "message-duplicate-answer",
                        new Mail(duplicate.getCaseNumber(), original.getCaseNumber(), original.getAnswer()));
            }
        }
    }
}
