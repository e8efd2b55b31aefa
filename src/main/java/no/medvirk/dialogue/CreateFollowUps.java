package no.medvirk.dialogue;

import java.util.ArrayList;
import java.util.List;
import no.medvirk.forms.Fields;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_CreateFollowUps (D8): after the council's decision each input of an approved minutes becomes
 * a follow-up item for its unit, due some months after the decision (medvirk.follow-up-due).
 */
@Component("createFollowUps")
class CreateFollowUps implements JavaDelegate {

    private final DialogueMeetings meetings;
    private final BodyTreatments treatments;
    private final DialogueSettings settings;

    CreateFollowUps(DialogueMeetings meetings, BodyTreatments treatments, DialogueSettings settings) {
        this.meetings = meetings;
        this.treatments = treatments;
        this.settings = settings;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Long planId = Fields.id(execution.getVariable(DialogueVariables.PLAN_ID));
        var decidedOn = treatments.findByPlanIdOrderById(planId).stream().filter(t -> t.getBody() == Body.COUNCIL)
                .reduce((first, second) -> second).orElseThrow().getMeetingDate();
        List<Long> inputs = new ArrayList<>();
        for (DialogueMeeting meeting : meetings.findByPlanIdOrderByMeetingDateAscStartTimeAscIdAsc(planId)) {
            if (meeting.getMinutesStatus() == MinutesStatus.APPROVED) {
                meeting.getInputs().forEach(input -> {
                    input.dueBy(decidedOn.plus(settings.followUpDue()));
                    inputs.add(input.getId());
                });
            }
        }
        execution.setVariable(DialogueVariables.INPUT_IDS, inputs);
    }
}
