package no.medvirk.dialogue;

import no.medvirk.forms.CompletedForm;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_CreatePlan (D1): the year's plan, one per year, owned by the secretary who started it. */
@Component("createDialoguePlan")
class CreateDialoguePlan implements JavaDelegate {

    private final DialoguePlanning planning;

    CreateDialoguePlan(DialoguePlanning planning) {
        this.planning = planning;
    }

    @Override
    public void execute(DelegateExecution execution) {
        CompletedForm form = CompletedForm.ofStart(execution);
        DialoguePlan plan = planning.newYear(new CycleForm(form.text(CycleForm.COMMITTEE), form.value(CycleForm.YEAR)),
                (String) execution.getVariable(DialogueVariables.INITIATOR));
        execution.setVariable(DialogueVariables.PLAN_ID, plan.getId());
        execution.setProcessBusinessKey("Dialogmøter " + plan.getYear());
    }
}
