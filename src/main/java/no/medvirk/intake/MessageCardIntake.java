package no.medvirk.intake;

import no.medvirk.message.CitizenNotices;
import no.medvirk.message.Message;
import no.medvirk.message.MessageRegistration;
import no.medvirk.message.MessageRules;
import no.medvirk.message.RegistrationTransaction;
import org.springframework.stereotype.Service;

/** A card becomes a message, and its receipt (e-mail, or SMS without one), in one transaction: both or neither. */
@Service
class MessageCardIntake {

    /**
     * What the receipt page and the receipt e-mail show: the promise of the rules table for the message as
     * the citizen described it.
     */
    record Receipt(String caseNumber, boolean gavePhone, boolean callBack, String deadline, String callAttempts,
                   boolean mailed) {

        public boolean willCall() {
            return gavePhone && callBack;
        }
    }

    private final MessageRegistration registration;
    private final RegistrationTransaction transaction;
    private final CitizenNotices notices;

    MessageCardIntake(MessageRegistration registration, RegistrationTransaction transaction, CitizenNotices notices) {
        this.registration = registration;
        this.transaction = transaction;
        this.notices = notices;
    }

    /** @throws no.medvirk.message.RegistrationBusyException when it could not be stored now; nothing was */
    Receipt receive(MessageCard card) {
        return transaction.run(() -> {
            Message message = registration.receive(card.toInput());
            MessageRules promise = registration.promisedTo(message);
            Receipt receipt = new Receipt(message.getCaseNumber(), message.getSubmitter().hasPhone(),
                    promise.callBack(), promise.deadlineText(), promise.callAttemptsText(), card.gaveEmail());
            notices.receipt(message, promise);
            return receipt;
        });
    }
}
