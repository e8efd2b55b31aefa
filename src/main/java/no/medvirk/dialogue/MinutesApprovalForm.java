package no.medvirk.dialogue;

import no.medvirk.forms.Checks;
import no.medvirk.forms.InvalidInputException;

/** The group leader's answer to the minutes (approve-minutes): approved, or back with what to correct. */
record MinutesApprovalForm(Boolean approved, String returnComment) {

    /** @throws InvalidInputException when there is no answer, or the minutes go back without a comment */
    void check() {
        Checks checks = new Checks();
        checks.required("minutesApprovedAnswer", approved, "Velg om du godkjenner referatet.");
        if (Boolean.FALSE.equals(approved)) {
            checks.required("returnComment", returnComment, "Skriv hva koordinatoren må rette.");
            checks.text("returnComment", returnComment, "Kommentaren", TextLimits.TEXT);
        }
        checks.refuseIfAny();
    }
}
