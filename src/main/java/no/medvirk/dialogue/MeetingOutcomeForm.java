package no.medvirk.dialogue;

import java.util.Arrays;
import no.medvirk.forms.Checks;
import no.medvirk.forms.InvalidInputException;

/** What became of a meeting (record-meeting): held, moved to a new time, or cancelled with a reason. */
record MeetingOutcomeForm(String outcome, String newDate, String newStartTime, String newEndTime,
                          String cancelReason) {

    /** The answers the form offers; the process's gateway reads their names. */
    enum Outcome {
        HELD, MOVED, CANCELLED
    }

    /**
     * @return the outcome; a moved meeting's new time is checked by {@link DialoguePlanning#newTime}
     * @throws InvalidInputException when there is no outcome, or a cancellation without its reason
     */
    Outcome check() {
        Checks checks = new Checks();
        Outcome checked = Arrays.stream(Outcome.values()).filter(o -> o.name().equals(outcome)).findFirst()
                .orElse(null);
        checks.required("meetingOutcome", checked, "Velg om møtet ble holdt, flyttet eller avlyst.");
        if (checked == Outcome.CANCELLED) {
            checks.required("cancelReason", cancelReason, "Skriv hvorfor møtet ble avlyst.");
            checks.text("cancelReason", cancelReason, "Begrunnelsen", TextLimits.TEXT);
        }
        checks.refuseIfAny();
        return checked;
    }
}
