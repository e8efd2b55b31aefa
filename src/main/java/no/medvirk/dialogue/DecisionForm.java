package no.medvirk.dialogue;

import java.time.LocalDate;
import no.medvirk.forms.Checks;
import no.medvirk.forms.InvalidInputException;

/** How an elected body decided (record-decision): the day, and as proposed or the decision as made. */
record DecisionForm(String decisionDate, Boolean asProposed, String decisionText) {

    /**
     * @param proposedDecision what the case presentation proposed, the decision when it was made as proposed
     * @throws InvalidInputException when the date or the answer is missing, or an amended decision is not written
     */
    BodyTreatment treatment(long planId, Body body, String bodyName, String proposedDecision) {
        Checks checks = new Checks();
        if (decisionDate == null || asProposed == null) {
            checks.add("decisionDate", "Skriv møtedatoen og om saken ble vedtatt som foreslått.");
        }
        LocalDate date = checks.date("decisionDate", decisionDate, "Skriv møtedatoen som en dato, for eksempel 2027-06-18.");
        String decision = Boolean.TRUE.equals(asProposed) ? proposedDecision : decisionText;
        if (asProposed != null) {
            checks.required("decisionText", decision, "Skriv vedtaket slik det ble fattet.");
        }
        checks.text("decisionText", decision, "Vedtaket", TextLimits.TEXT);
        checks.refuseIfAny();
        return new BodyTreatment(planId, body, bodyName, date, asProposed, decision);
    }
}
