package no.medvirk.dialogue;

import java.util.Map;
import no.medvirk.forms.CompletedForm;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Task_EvaluateCycle, on complete (D9): what worked and what to change, shown when next year is planned. */
@Component("recordEvaluation")
class RecordEvaluation implements TaskListener {

    private final DialoguePlans plans;

    RecordEvaluation(DialoguePlans plans) {
        this.plans = plans;
    }

    @Override
    public void notify(DelegateTask task) {
        Map<String, Object> form = CompletedForm.values(task, "worked", "change");
        String worked = FormJson.text(form.get("worked"));
        String change = FormJson.text(form.get("change"));
        if (worked == null || change == null) {
            throw Refusal.of("worked", "Skriv hva som fungerte og hva som bør endres.");
        }
        plans.get((Long) task.getVariable(DialogueVariables.PLAN_ID)).evaluated(worked, change);
    }
}
