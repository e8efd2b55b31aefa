package no.medvirk.intake;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.medvirk.forms.InvalidInputException;
import no.medvirk.message.CitizenLinks;
import no.medvirk.message.CitizenNotices;
import no.medvirk.message.Message;
import no.medvirk.message.MessageInput;
import no.medvirk.message.MessageRegistration;
import no.medvirk.message.MessageRules;
import no.medvirk.message.PhotoUpload;
import no.medvirk.message.Photos;
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
                   boolean mailed, String statusUrl) {

        public boolean willCall() {
            return gavePhone && callBack;
        }
    }

    private final MessageRegistration registration;
    private final RegistrationTransaction transaction;
    private final Photos photos;
    private final CitizenNotices notices;
    private final CitizenLinks links;

    MessageCardIntake(MessageRegistration registration, RegistrationTransaction transaction, Photos photos,
                      CitizenNotices notices, CitizenLinks links) {
        this.registration = registration;
        this.links = links;
        this.transaction = transaction;
        this.photos = photos;
        this.notices = notices;
    }

    /**
     * The photos are checked and re-encoded first, outside the transaction; a refused photo refuses the whole
     * card, with every other problem of it named too, and nothing is stored.
     *
     * @throws InvalidInputException naming each field that is wrong
     * @throws no.medvirk.message.RegistrationBusyException when it could not be stored now; nothing was
     */
    Receipt receive(MessageCard card, List<PhotoUpload> uploads) {
        MessageInput input = card.toInput();
        Photos.Checked checked;
        try {
            checked = photos.check(uploads, 0);
        } catch (InvalidInputException refused) {
            Map<String, String> errors = new HashMap<>(refused.errors());
            try {
                registration.check(input);
            } catch (InvalidInputException more) {
                errors.putAll(more.errors());
            }
            throw new InvalidInputException(errors);
        }
        return transaction.run(firstStep -> {
            Message message = registration.receive(input, checked, firstStep);
            MessageRules promise = registration.promisedTo(message);
            Receipt receipt = new Receipt(message.getCaseNumber(), message.getSubmitter().hasPhone(),
                    promise.callBack(), promise.deadlineText(), promise.callAttemptsText(), card.gaveEmail(),
                    links.statusUrl(message).orElseThrow());
            notices.receipt(message, promise);
            return receipt;
        });
    }
}
