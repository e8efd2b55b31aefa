package no.medvirk.intake;

import no.medvirk.message.Message;
import no.medvirk.message.MessageRegistration;
import no.medvirk.notification.Outbox;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A card becomes a message, and its receipt e-mail, in one transaction: both or neither. */
@Service
class MessageCardIntake {

    /** What the receipt page and the receipt e-mail show. */
    record Receipt(String caseNumber, boolean willCall, boolean mailed) {
    }

    private final MessageRegistration registration;
    private final Outbox outbox;

    MessageCardIntake(MessageRegistration registration, Outbox outbox) {
        this.registration = registration;
        this.outbox = outbox;
    }

    @Transactional
    Receipt receive(MessageCard card) {
        Message message = registration.receive(card.toInput());
        Receipt receipt = new Receipt(message.getCaseNumber(), message.getSubmitter().phone() != null, card.gaveEmail());
        if (card.gaveEmail()) {
            outbox.send(message.getSubmitter().email(), "message-receipt", receipt);
        }
        return receipt;
    }
}
