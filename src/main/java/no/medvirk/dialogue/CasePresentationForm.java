package no.medvirk.dialogue;

import no.medvirk.forms.Checks;
import no.medvirk.forms.InvalidInputException;

/** The administration's assessment and proposed decision (prepare-case-presentation). */
record CasePresentationForm(String archiveCaseNumber, String assessment, String proposedDecision) {

    /** @throws InvalidInputException when the assessment or the proposed decision is missing, or a text does not fit */
    void check() {
        Checks checks = new Checks();
        if (assessment == null || proposedDecision == null) {
            checks.add("assessment", "Skriv vurderingen og forslaget til vedtak.");
        }
        checks.text("archiveCaseNumber", archiveCaseNumber, "Arkivsaken", TextLimits.ARCHIVE_CASE_NUMBER);
        checks.text("assessment", assessment, "Vurderingen", TextLimits.TEXT);
        checks.text("proposedDecision", proposedDecision, "Forslaget til vedtak", TextLimits.TEXT);
        checks.refuseIfAny();
    }
}
