package no.medvirk.intake;

import no.medvirk.message.CitizenLinks;
import no.medvirk.message.Message;
import no.medvirk.message.MessageRegistration;
import no.medvirk.message.MessageRules;
import no.medvirk.message.RegistrationTransaction;
import no.medvirk.notification.Outbox;
import org.springframework.stereotype.Service;

/** A card becomes a message, and its receipt e-mail, in one transaction: both or neither. */
@Service
class MessageCardIntake {

    /**
     * What the receipt page and the receipt e-mail show: the promise of the rules table for the message as
     * the citizen described it.
     */
    record Receipt(String caseNumber, boolean gavePhone, boolean callBack, String deadline, String callAttempts,
                   boolean mailed, String statusUrl) {

        public boolean willCall() {
            return gavePhone && callBack;
        }
    }

    private final MessageRegistration registration;
    private final RegistrationTransaction transaction;
    private final Outbox outbox;
    private final CitizenLinks links;

    MessageCardIntake(MessageRegistration registration, RegistrationTransaction transaction, Outbox outbox,
                      CitizenLinks links) {
        this.registration = registration;
        this.links = links;
        this.transaction = transaction;
        this.outbox = outbox;
    }

    /** @throws no.medvirk.message.RegistrationBusyException when it could not be stored now; nothing was */
    Receipt receive(MessageCard card) {
        return transaction.run(() -> {
            Message message = registration.receive(card.toInput());
            MessageRules promise = registration.promisedTo(message);
            Receipt receipt = new Receipt(message.getCaseNumber(), message.getSubmitter().hasPhone(),
                    promise.callBack(), promise.deadlineText(), promise.callAttemptsText(), card.gaveEmail(),
                    links.statusUrl(message.getCaseNumber()).orElseThrow());
            if (card.gaveEmail()) {
                outbox.send(message.getSubmitter().email(), "message-receipt", receipt);
            }
            return receipt;
        });
    }
}
