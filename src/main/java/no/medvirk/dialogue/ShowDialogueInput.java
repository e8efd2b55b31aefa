package no.medvirk.dialogue;

import no.medvirk.engine.ListensTo;
import no.medvirk.forms.Fields;
import no.medvirk.forms.FormDisplay;
import no.medvirk.forms.TaskDisplay;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** Task_FollowUpInput, when its form is read: the input, its meeting, and what was recorded last time, as the form names them. */
@Component("showDialogueInput")
@ListensTo(forms = "follow-up-input", event = "create")
class ShowDialogueInput implements TaskDisplay {

    private final DialogueInputs inputs;
    private final DialogueDisplay display;

    ShowDialogueInput(DialogueInputs inputs, DialogueDisplay display) {
        this.inputs = inputs;
        this.display = display;
    }

    @Override
    public void show(DelegateTask task, FormDisplay form) {
        DialogueInput input = inputs.get(Fields.id(task.getVariable(DialogueVariables.INPUT_ID)));
        form
                .put("unitName", () -> display.counterpart(input.getMeeting()))
                .put("meetingDateText", () -> DialogueDisplay.day(input.getMeeting().getMeetingDate()))
                .put("inputText", input::getText)
                .put("followUpText", input::getFollowUpText)
                .put("followUpStatus", () -> input.getFollowUpStatus() == FollowUpStatus.OPEN ? null
                        : input.getFollowUpStatus().name())
                // The next date is asked anew each time.
                .put("nextFollowUp", () -> null);
    }
}
