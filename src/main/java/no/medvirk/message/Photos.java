package no.medvirk.message;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import no.medvirk.forms.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Photos of the problem a message is about, for every way in that takes them (the message card, the
 * citizen's own page): at most {@value #MAX_PHOTOS} to a message, each checked and re-encoded by
 * {@link PhotoProcessing}. A refusal is an {@link InvalidInputException} on the field {@value #FIELD}
 * with a Norwegian sentence per photo, naming it by its place ("Bilde 2"), never by its file name; a
 * refused upload stores nothing.
 */
@Service
public class Photos {

    public static final int MAX_PHOTOS = 3;
    /** The field a refusal names. */
    public static final String FIELD = "photos";

    /** Photos checked and re-encoded, ready to be kept with a message. */
    public static final class Checked {
        private final List<PhotoProcessing.Processed> photos;

        private Checked(List<PhotoProcessing.Processed> photos) {
            this.photos = List.copyOf(photos);
        }

        public int size() {
            return photos.size();
        }
    }

    private final Messages messages;
    private final Clock clock;

    Photos(Messages messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * The uploads checked and re-encoded, outside any transaction (this takes a moment per photo). Empty
     * uploads (a file field left empty) are no photo.
     *
     * @param alreadyKept how many photos the message has already
     * @throws InvalidInputException on {@value #FIELD}, naming each photo refused
     */
    public Checked check(List<PhotoUpload> uploads, int alreadyKept) {
        List<PhotoUpload> given = uploads.stream().filter(u -> u.content() != null && u.content().length > 0).toList();
        if (alreadyKept + given.size() > MAX_PHOTOS) {
            throw new InvalidInputException(FIELD, alreadyKept == 0
                    ? "Du kan legge ved høyst " + MAX_PHOTOS + " bilder. Velg ut de viktigste."
                    : "Meldingen har " + alreadyKept + (alreadyKept == 1 ? " bilde" : " bilder") + " fra før, og kan ha høyst " + MAX_PHOTOS + ".");
        }
        List<PhotoProcessing.Processed> processed = new ArrayList<>();
        List<String> refusals = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            try {
                processed.add(PhotoProcessing.process(given.get(i).content()));
            } catch (PhotoProcessing.Refused refused) {
                refusals.add((given.size() == 1 ? "Bildet " : "Bilde " + (i + 1) + " ") + refused.reason);
            }
        }
        if (!refusals.isEmpty()) {
            throw new InvalidInputException(FIELD, String.join(" ", refusals) + " Ingenting er lagret.");
        }
        return new Checked(processed);
    }

    /** Checked photos kept with a message, in the caller's transaction (the registration, or the citizen's addition). */
    public void keep(Message message, Checked photos) {
        photos.photos.forEach(photo -> message.addPhoto(new MessagePhoto(message, photo, clock.instant())));
    }
}
