package no.medvirk.dialogue;

import no.medvirk.forms.Checks;
import no.medvirk.forms.InvalidInputException;

/** The secretariat's evaluation of the year (evaluate-dialogue-cycle). */
record EvaluationForm(String worked, String change) {

    /** @throws InvalidInputException when either answer is missing or does not fit */
    void check() {
        Checks checks = new Checks();
        if (worked == null || change == null) {
            checks.add("worked", "Skriv hva som fungerte og hva som bør endres.");
        }
        checks.text("worked", worked, "«Hva fungerte?»", TextLimits.TEXT);
        checks.text("change", change, "«Hva bør endres neste år?»", TextLimits.TEXT);
        checks.refuseIfAny();
    }
}
