package no.medvirk.message;

import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import no.medvirk.time.Dates;
import org.springframework.stereotype.Component;

/**
 * What the submitter added on their status page, as the caseworker's forms show it ({@value #VARIABLE}): made
 * when the form is read, so an open task shows what was added after it was made.
 */
@Component
class CitizenAdditionsText {

    static final String VARIABLE = "citizenAdditions";
    /** The engine stores a text variable of up to 4000 characters; an addition alone may be as long. */
    static final int MAX_CHARS = 4000;
    private static final String SEPARATOR = "\n\n";

    private final CitizenAdditions additions;
    CitizenAdditionsText(CitizenAdditions additions) {
        this.additions = additions;
    }

    /**
     * The newest additions that fit, oldest of them first; the newest alone is cut when it does not fit. When
     * anything is left out, the text ends by pointing to the case page, whose history has every addition in full.
     */
    String of(Message message, ZoneId zone) {
        List<CitizenAddition> added = additions.findByMessageIdOrderById(message.getId());
        if (added.isEmpty()) {
            return "Ingenting";
        }
        String more = SEPARATOR + "(Innmelderen har lagt til mer enn dette. Les alt på saken: /sak/"
                + message.getCaseNumber() + ")";
        Deque<String> shown = new ArrayDeque<>();
        int length = 0;
        for (int i = added.size() - 1; i >= 0; i--) {
            String entry = Dates.dayAndTime(added.get(i).getAddedAt(), zone) + ": " + added.get(i).getText();
            int grown = length + (shown.isEmpty() ? 0 : SEPARATOR.length()) + entry.length();
            int room = MAX_CHARS - (i == 0 ? 0 : more.length());
            if (grown > room) {
                if (shown.isEmpty()) {
                    return entry.substring(0, MAX_CHARS - more.length() - 1) + "…" + more;
                }
                return String.join(SEPARATOR, shown) + more;
            }
            shown.addFirst(entry);
            length = grown;
        }
        return String.join(SEPARATOR, shown);
    }
}
