package no.medvirk.dialogue;

import java.util.HashMap;
import java.util.Map;
import no.medvirk.forms.Fields;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Task_FollowUpInput, on create: the input, its meeting, and what was recorded last time. */
@Component("showDialogueInput")
class ShowDialogueInput implements TaskListener {

    private final DialogueInputs inputs;
    private final DialogueDisplay display;

    ShowDialogueInput(DialogueInputs inputs, DialogueDisplay display) {
        this.inputs = inputs;
        this.display = display;
    }

    @Override
    public void notify(DelegateTask task) {
        DialogueInput input = inputs.get(Fields.id(task.getVariable(DialogueVariables.INPUT_ID)));
        Map<String, Object> shown = new HashMap<>();
        shown.put("unitName", display.unit(input.getMeeting().getUnitCode()));
        shown.put("meetingDateText", DialogueDisplay.day(input.getMeeting().getMeetingDate()));
        shown.put("inputText", input.getText());
        shown.put("followUpText", input.getFollowUpText());
        shown.put("followUpStatus", input.getFollowUpStatus() == FollowUpStatus.OPEN ? null : input.getFollowUpStatus().name());
        shown.put("nextFollowUp", null);
        task.setVariablesLocal(shown);
    }
}
