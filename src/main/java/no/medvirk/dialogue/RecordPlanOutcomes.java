package no.medvirk.dialogue;

import java.util.List;
import no.medvirk.engine.ListensTo;
import no.medvirk.forms.CompletedForm;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task_InputsForPlan, on complete (D8): what the budget and action plan does with each open input,
 * kept on the input for the committee's yearly overview.
 */
@Component("recordPlanOutcomes")
@ListensTo(forms = PlanOutcomesForm.FORM, event = "complete")
class RecordPlanOutcomes implements TaskListener {

    private final DialogueInputs inputs;

    RecordPlanOutcomes(DialogueInputs inputs) {
        this.inputs = inputs;
    }

    @Override
    public void notify(DelegateTask task) {
        List<Long> listed = PlanOutcomesForm.listed(task);
        PlanOutcomesForm form = new PlanOutcomesForm(CompletedForm.of(task).rows(PlanOutcomesForm.ROWS).stream()
                .map(row -> row.text(PlanOutcomesForm.OUTCOME)).toList(), listed.size());
        form.check();
        int year = ((Number) task.getVariable(DialogueVariables.PLAN_YEAR)).intValue();
        for (int i = 0; i < listed.size(); i++) {
            inputs.get(listed.get(i)).plannedFor(year, form.outcomes().get(i));
        }
    }
}
