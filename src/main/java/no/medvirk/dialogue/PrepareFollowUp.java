package no.medvirk.dialogue;

import java.time.Clock;
import java.time.LocalTime;
import java.util.Date;
import no.medvirk.forms.Fields;
import no.medvirk.organisation.Organisation;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_PrepareFollowUp (D8): who follows an input up (the unit's leaders) and by when. */
@Component("prepareFollowUp")
class PrepareFollowUp implements JavaDelegate {

    private final DialogueInputs inputs;
    private final Organisation organisation;
    private final DialogueDisplay display;
    private final Clock clock;

    PrepareFollowUp(DialogueInputs inputs, Organisation organisation, DialogueDisplay display, Clock clock) {
        this.inputs = inputs;
        this.organisation = organisation;
        this.display = display;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        DialogueInput input = inputs.get(Fields.id(execution.getVariable(DialogueVariables.INPUT_ID)));
        execution.setVariableLocal(DialogueVariables.FOLLOW_UP_GROUP, organisation.leadingGroup(input.getUnitCode()));
        execution.setVariableLocal(DialogueVariables.MEETING_NAME, display.meetingName(input.getMeeting()));
        execution.setVariableLocal(DialogueVariables.FOLLOW_UP_DUE,
                Date.from(input.getFollowUpDue().atTime(LocalTime.of(16, 0)).atZone(clock.getZone()).toInstant()));
    }
}
