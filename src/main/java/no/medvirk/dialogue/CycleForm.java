package no.medvirk.dialogue;

import no.medvirk.forms.InvalidInputException;

/**
 * The start form of a year's dialogue meetings started by hand (start-dialogue-cycle): the year. The
 * committee is the organisation file's ({@code bodies.committee}).
 */
record CycleForm(Object year) {

    static final String YEAR = "year";

    /**
     * @return the year
     * @throws InvalidInputException when the year is missing or no whole number
     */
    int check() {
        if (year == null) {
            throw new InvalidInputException(YEAR, "Skriv året.");
        }
        // The form's number field gives a number; a REST client may send anything.
        if (!(year instanceof Number number) || number.doubleValue() != number.intValue()) {
            throw new InvalidInputException(YEAR, "Skriv året som et helt tall, for eksempel 2027.");
        }
        return number.intValue();
    }
}
