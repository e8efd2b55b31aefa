package no.medvirk.dialogue;

import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import no.medvirk.engine.StepSetting;
import no.medvirk.engine.StepSettings;
import no.medvirk.forms.Fields;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_CreateFollowUps (D8): after the council's decision each input of an approved minutes becomes
 * a follow-up item for its unit, due the period the model says after the decision (three months).
 */
@Component("createFollowUps")
@StepSetting(name = CreateFollowUps.FOLLOW_UP_DUE, label = "Første oppfølging (etter vedtaket)",
        kind = StepSetting.Kind.PERIOD)
class CreateFollowUps implements JavaDelegate {

    static final String FOLLOW_UP_DUE = "followUpDue";

    private final DialogueMeetings meetings;
    private final BodyTreatments treatments;

    CreateFollowUps(DialogueMeetings meetings, BodyTreatments treatments) {
        this.meetings = meetings;
        this.treatments = treatments;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Long planId = Fields.id(execution.getVariable(DialogueVariables.PLAN_ID));
        var decidedOn = treatments.findByPlanIdOrderById(planId).stream().filter(t -> t.getBody() == Body.COUNCIL)
                .reduce((first, second) -> second).orElseThrow().getMeetingDate();
        Period followUpDue = StepSettings.period(execution, FOLLOW_UP_DUE);
        List<Long> inputs = new ArrayList<>();
        for (DialogueMeeting meeting : meetings.findByPlanIdOrderByMeetingDateAscStartTimeAscIdAsc(planId)) {
            if (meeting.getMinutesStatus() == MinutesStatus.APPROVED) {
                meeting.getInputs().forEach(input -> {
                    input.dueBy(decidedOn.plus(followUpDue));
                    inputs.add(input.getId());
                });
            }
        }
        execution.setVariable(DialogueVariables.INPUT_IDS, inputs);
    }
}
