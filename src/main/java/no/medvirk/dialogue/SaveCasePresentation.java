package no.medvirk.dialogue;

import no.medvirk.engine.ListensTo;
import no.medvirk.forms.CompletedForm;
import no.medvirk.forms.Fields;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Task_PrepareCasePresentation, on complete (D7): the administration's assessment and the proposed decision. */
@Component("saveCasePresentation")
@ListensTo(forms = "prepare-case-presentation", event = "complete")
class SaveCasePresentation implements TaskListener {

    private final DialoguePlans plans;

    SaveCasePresentation(DialoguePlans plans) {
        this.plans = plans;
    }

    @Override
    public void notify(DelegateTask task) {
        CompletedForm form = CompletedForm.of(task);
        CasePresentationForm presentation = new CasePresentationForm(form.text("archiveCaseNumber"),
                form.text("assessment"), form.text("proposedDecision"));
        presentation.check();
        plans.get(Fields.id(task.getVariable(DialogueVariables.PLAN_ID))).casePresentation(
                presentation.archiveCaseNumber(), presentation.assessment(), presentation.proposedDecision());
    }
}
