package no.medvirk.message;

import java.time.Period;
import no.medvirk.time.Dates;

/**
 * What the municipality promises for one message, as processes/message-rules.dmn decides it: the
 * contact deadline after registration, the calls before the contact card, whether the submitter is
 * called at all, and the days they have to call back after the contact card. Kept on the record when the message is registered, so that a changed table applies to
 * new messages only and every text, timer and list of a case says the same.
 */
public record MessageRules(Period contactDeadline, int callAttempts, boolean callBack, Period callbackPeriod) {

    /** The days to call back after the card when the table does not say (a table made before the column). */
    public static final Period CALLBACK_PERIOD = Period.ofDays(5);

    public MessageRules(Period contactDeadline, int callAttempts, boolean callBack) {
        this(contactDeadline, callAttempts, callBack, CALLBACK_PERIOD);
    }

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
