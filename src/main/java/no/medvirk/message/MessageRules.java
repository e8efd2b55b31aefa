package no.medvirk.message;

import java.time.Period;
import no.medvirk.time.Dates;

/**
 * What the municipality promises for one message, as processes/message-rules.dmn decides it: the
 * contact deadline after registration, the calls before the contact card, and whether the submitter is
 * called at all. Kept on the record when the message is registered, so that a changed table applies to
 * new messages only and every text, timer and list of a case says the same.
 */
public record MessageRules(Period contactDeadline, int callAttempts, boolean callBack) {

    private static final String[] NUMBERS = {"null", "ett", "to", "tre", "fire", "fem", "seks", "sju", "åtte", "ni",
            "ti", "elleve", "tolv"};

    /** "10 dager", "2 uker": the deadline as a citizen reads it. */
    public String deadlineText() {
        return Dates.period(contactDeadline);
    }

    /** "tre": the calls as a citizen reads them. */
    public String callAttemptsText() {
        return callAttempts < NUMBERS.length ? NUMBERS[callAttempts] : String.valueOf(callAttempts);
    }
}
