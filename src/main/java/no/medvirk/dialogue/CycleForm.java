package no.medvirk.dialogue;

import no.medvirk.forms.Checks;
import no.medvirk.forms.InvalidInputException;

/** The start form of a year's dialogue meetings (start-dialogue-cycle): the committee and the year. */
record CycleForm(String committee, Object year) {

    static final String COMMITTEE = "committee";
    static final String YEAR = "year";

    /**
     * @return the year
     * @throws InvalidInputException when the committee or the year is missing, the year is no whole
     *         number, or the committee's name does not fit
     */
    int check() {
        if (committee == null || year == null) {
            throw new InvalidInputException(YEAR, "Skriv utvalget og året.");
        }
        // The form's number field gives a number; a REST client may send anything.
        if (!(year instanceof Number number) || number.doubleValue() != number.intValue()) {
            throw new InvalidInputException(YEAR, "Skriv året som et helt tall, for eksempel 2027.");
        }
        Checks checks = new Checks();
        checks.text(COMMITTEE, committee, "Utvalget", TextLimits.NAME);
        checks.refuseIfAny();
        return number.intValue();
    }
}
