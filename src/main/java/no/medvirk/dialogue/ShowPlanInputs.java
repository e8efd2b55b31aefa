package no.medvirk.dialogue;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import no.medvirk.engine.ListensTo;
import no.medvirk.forms.FormDisplay;
import no.medvirk.forms.TaskDisplay;
import no.medvirk.forms.FormJson;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Task_InputsForPlan, when its form is read (D8), "Innspill til handlings- og økonomiplanen": each open input the
 * process listed is a row of the form's list, with its status and any outcome written before.
 */
@Component("showPlanInputs")
@ListensTo(forms = PlanOutcomesForm.FORM, event = "create")
class ShowPlanInputs implements TaskDisplay {

    private final DialogueInputs inputs;
    private final DialogueDisplay display;

    ShowPlanInputs(DialogueInputs inputs, DialogueDisplay display) {
        this.inputs = inputs;
        this.display = display;
    }

    @Override
    public void show(DelegateTask task, FormDisplay form) {
        List<Long> ids = PlanOutcomesForm.listed(task);
        List<DialogueInput> listed = inputs.findAllById(ids).stream()
                .sorted(Comparator.comparing(i -> ids.indexOf(i.getId()))).toList();
        form
                .put(PlanOutcomesForm.ROWS, () -> FormJson.value(listed.stream().map(i -> Map.of(
                        "input", display.meetingName(i.getMeeting()) + ": " + i.getText(),
                        "status", i.getFollowUpStatus().label()
                                + (i.getFollowUpText() == null ? "" : " – " + i.getFollowUpText()),
                        PlanOutcomesForm.OUTCOME, i.getPlanOutcome() == null ? "" : i.getPlanOutcome())).toList()))
                .put("openInputCount", listed::size);
    }
}
