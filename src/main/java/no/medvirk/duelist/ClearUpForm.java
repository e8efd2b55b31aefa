package no.medvirk.duelist;

import java.util.List;
import no.medvirk.forms.Checks;
import no.medvirk.forms.InvalidInputException;

/** The unit leader's form (clear-overdue): a comment on what happens to the listed messages not yet closed. */
record ClearUpForm(String comment) {

    /** It is kept on each entry of the list, in a column of 4000 characters. */
    static final int MAX_TEXT = 4000;

    /**
     * @param stillOpen the case numbers of the listed messages that are not closed
     * @throws InvalidInputException when some are open and the comment does not say what happens to them
     */
    void check(List<String> stillOpen) {
        Checks checks = new Checks();
        if (!stillOpen.isEmpty()) {
            checks.required(DueListVariables.COMMENT, comment, "Disse meldingene er ikke lukket: "
                    + String.join(", ", stillOpen) + ". Lukk dem, eller skriv i kommentaren hva som skjer med dem.");
        }
        checks.text(DueListVariables.COMMENT, comment, "Kommentaren", MAX_TEXT);
        checks.refuseIfAny();
    }
}
