package no.medvirk.dialogue;

import no.medvirk.engine.ListensTo;
import no.medvirk.forms.CompletedForm;
import no.medvirk.forms.Fields;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Task_EvaluateCycle, on complete (D9): what worked and what to change, shown when next year is planned. */
@Component("recordEvaluation")
@ListensTo(forms = "evaluate-dialogue-cycle", event = "complete")
class RecordEvaluation implements TaskListener {

    private final DialoguePlans plans;

    RecordEvaluation(DialoguePlans plans) {
        this.plans = plans;
    }

    @Override
    public void notify(DelegateTask task) {
        CompletedForm form = CompletedForm.of(task);
        EvaluationForm evaluation = new EvaluationForm(form.text("worked"), form.text("change"));
        evaluation.check();
        plans.get(Fields.id(task.getVariable(DialogueVariables.PLAN_ID))).evaluated(evaluation.worked(),
                evaluation.change());
    }
}
