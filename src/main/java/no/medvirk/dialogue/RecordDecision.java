package no.medvirk.dialogue;

import java.time.LocalDate;
import java.util.Map;
import no.medvirk.forms.CompletedForm;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Task_RecordCommitteeDecision and Task_RecordCouncilDecision, on complete (D7): how the body decided. */
@Component("recordDecision")
class RecordDecision implements TaskListener {

    private final DialoguePlans plans;
    private final BodyTreatments treatments;

    RecordDecision(DialoguePlans plans, BodyTreatments treatments) {
        this.plans = plans;
        this.treatments = treatments;
    }

    @Override
    public void notify(DelegateTask task) {
        Body body = "Task_RecordCouncilDecision".equals(task.getTaskDefinitionKey()) ? Body.COUNCIL : Body.COMMITTEE;
        Map<String, Object> form = CompletedForm.values(task, "decisionDate", "asProposedAnswer", "decisionText");
        String date = FormJson.text(form.get("decisionDate"));
        String answer = FormJson.text(form.get("asProposedAnswer"));
        if (date == null || answer == null) {
            throw Refusal.of("decisionDate", "Skriv møtedatoen og om saken ble vedtatt som foreslått.");
        }
        boolean asProposed = Boolean.parseBoolean(answer);
        DialoguePlan plan = plans.get((Long) task.getVariable(DialogueVariables.PLAN_ID));
        String decision = asProposed ? plan.getProposedDecision() : FormJson.text(form.get("decisionText"));
        if (decision == null) {
            throw Refusal.of("decisionText", "Skriv vedtaket slik det ble fattet.");
        }
        treatments.save(new BodyTreatment(plan.getId(), body, LocalDate.parse(date.substring(0, 10)), asProposed,
                decision));
        if (body == Body.COUNCIL) {
            plan.decided();
        }
    }
}
