package no.medvirk.dialogue;

import no.medvirk.forms.Checks;
import no.medvirk.forms.InvalidInputException;

/**
 * The secretariat's answer to a request (consider-meeting-request): declined with a reason, or a
 * meeting with a group of its own, which {@link DialoguePlanning#single} checks.
 */
record RequestDecisionForm(Boolean accepted, String declineReason, DialoguePlanning.GroupDraft group,
                           DialoguePlanning.MeetingDraft meeting) {

    /** @throws InvalidInputException when there is no answer, or a refusal without its reason */
    void check() {
        Checks checks = new Checks();
        checks.required("requestAcceptedAnswer", accepted, "Velg om møtet skal holdes.");
        if (Boolean.FALSE.equals(accepted)) {
            checks.required("declineReason", declineReason, "Skriv hvorfor forespørselen avslås.");
            checks.text("declineReason", declineReason, "Begrunnelsen", TextLimits.TEXT);
        }
        checks.refuseIfAny();
    }
}
