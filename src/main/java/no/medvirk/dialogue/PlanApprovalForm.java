package no.medvirk.dialogue;

import java.time.LocalDate;
import no.medvirk.forms.Checks;
import no.medvirk.forms.InvalidInputException;

/** The committee's treatment of the plan (approve-dialogue-plan). */
record PlanApprovalForm(String committeeMeetingDate, Boolean approved, String archiveCaseNumber, String comment) {

    /**
     * @return the day of the committee's meeting
     * @throws InvalidInputException when the date or the answer is missing, or changes are asked for without saying which
     */
    LocalDate check() {
        Checks checks = new Checks();
        if (committeeMeetingDate == null || approved == null) {
            checks.add("committeeMeetingDate", "Skriv utvalgets møtedato og om planen ble vedtatt.");
        }
        LocalDate date = checks.date("committeeMeetingDate", committeeMeetingDate,
                "Skriv utvalgets møtedato som en dato, for eksempel 2027-03-10.");
        if (Boolean.FALSE.equals(approved)) {
            checks.required("planComment", comment, "Skriv hva utvalget vil ha endret i planen.");
            checks.text("planComment", comment, "«Hva må endres?»", TextLimits.TEXT);
        }
        checks.text("archiveCaseNumber", archiveCaseNumber, "Arkivsaken", TextLimits.ARCHIVE_CASE_NUMBER);
        checks.refuseIfAny();
        return date;
    }
}
