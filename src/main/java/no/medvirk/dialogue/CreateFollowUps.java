package no.medvirk.dialogue;

import java.time.Clock;
import java.time.LocalDate;
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
 * A meeting on request (D10) has no decision: its inputs are due that period after its minutes were approved.
 */
@Component("createFollowUps")
@StepSetting(name = CreateFollowUps.FOLLOW_UP_DUE, label = "Første oppfølging (etter vedtaket)",
        kind = StepSetting.Kind.PERIOD)
class CreateFollowUps implements JavaDelegate {

    static final String FOLLOW_UP_DUE = "followUpDue";

    private final DialogueMeetings meetings;
    private final BodyTreatments treatments;
    private final Clock clock;

    CreateFollowUps(DialogueMeetings meetings, BodyTreatments treatments, Clock clock) {
        this.meetings = meetings;
        this.treatments = treatments;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Long planId = Fields.id(execution.getVariable(DialogueVariables.PLAN_ID));
        Period followUpDue = StepSettings.period(execution, FOLLOW_UP_DUE);
        List<Long> inputs = new ArrayList<>();
        if (planId == null) {
            DialogueMeeting meeting = meetings.get(Fields.id(execution.getVariable(DialogueVariables.MEETING_ID)));
            if (meeting.getMinutesStatus() == MinutesStatus.APPROVED) {
                due(meeting, LocalDate.ofInstant(meeting.getMinutesApprovedAt(), clock.getZone()).plus(followUpDue),
                        inputs);
            }
        } else {
            LocalDate decidedOn = treatments.findByPlanIdOrderById(planId).stream()
                    .filter(t -> t.getBody() == Body.COUNCIL).reduce((first, second) -> second).orElseThrow()
                    .getMeetingDate();
            meetings.withApprovedMinutes(planId).forEach(meeting -> due(meeting, decidedOn.plus(followUpDue), inputs));
        }
        execution.setVariable(DialogueVariables.INPUT_IDS, inputs);
    }

    private static void due(DialogueMeeting meeting, LocalDate due, List<Long> inputs) {
        meeting.getInputs().forEach(input -> {
            input.dueBy(due);
            inputs.add(input.getId());
        });
    }
}
