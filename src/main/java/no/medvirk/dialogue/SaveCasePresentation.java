package no.medvirk.dialogue;

import java.util.Map;
import no.medvirk.forms.CompletedForm;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Task_PrepareCasePresentation, on complete (D7): the administration's assessment and the proposed decision. */
@Component("saveCasePresentation")
class SaveCasePresentation implements TaskListener {

    private final DialoguePlans plans;

    SaveCasePresentation(DialoguePlans plans) {
        this.plans = plans;
    }

    @Override
    public void notify(DelegateTask task) {
        Map<String, Object> form = CompletedForm.values(task, "archiveCaseNumber", "assessment", "proposedDecision");
        String assessment = FormJson.text(form.get("assessment"));
        String proposedDecision = FormJson.text(form.get("proposedDecision"));
        if (assessment == null || proposedDecision == null) {
            throw Refusal.of("assessment", "Skriv vurderingen og forslaget til vedtak.");
        }
        plans.get((Long) task.getVariable(DialogueVariables.PLAN_ID))
                .casePresentation(FormJson.text(form.get("archiveCaseNumber")), assessment, proposedDecision);
    }
}
