package no.medvirk.dialogue;

import java.time.LocalDate;
import java.util.Arrays;
import no.medvirk.forms.Checks;
import no.medvirk.forms.InvalidInputException;

/** A unit's follow-up of an input (follow-up-input): what is done or planned, its status, and when to look again. */
record FollowUpForm(String followUpText, String followUpStatus, String nextFollowUp) {

    /** The follow-up as it is recorded; {@code next} is null when the input is finished. */
    record Checked(String what, FollowUpStatus status, LocalDate next) {

        boolean finished() {
            return next == null;
        }
    }

    /** @throws InvalidInputException naming what is missing or wrong */
    Checked check(LocalDate today) {
        Checks checks = new Checks();
        if (followUpText == null || followUpStatus == null) {
            checks.add("followUpText", "Skriv hva som er gjort eller planlagt, og velg status.");
        }
        checks.text("followUpText", followUpText, "«Hva er gjort eller planlagt?»", TextLimits.TEXT);
        // Not followed up is where an input starts, not an answer.
        FollowUpStatus status = Arrays.stream(FollowUpStatus.values())
                .filter(s -> s != FollowUpStatus.OPEN && s.name().equals(followUpStatus)).findFirst().orElse(null);
        if (followUpStatus != null && status == null) {
            checks.add("followUpStatus", "Velg planlagt, i gang, gjennomført eller ikke aktuelt.");
        }
        LocalDate next = null;
        if (status != null && !finished(status)) {
            checks.required("nextFollowUp", nextFollowUp, "Velg når oppfølgingen skal vurderes igjen.");
            next = checks.date("nextFollowUp", nextFollowUp, "Skriv den nye fristen som en dato, for eksempel 2027-09-01.");
            if (next != null && !next.isAfter(today)) {
                checks.add("nextFollowUp", "Den nye fristen må være fram i tid.");
            }
        }
        checks.refuseIfAny();
        return new Checked(followUpText, status, next);
    }

    private static boolean finished(FollowUpStatus status) {
        return status == FollowUpStatus.DONE || status == FollowUpStatus.NOT_RELEVANT;
    }
}
