package no.medvirk.dialogue;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.Map;
import no.medvirk.engine.StepSetting;
import no.medvirk.engine.StepSettings;
import no.medvirk.forms.Fields;
import no.medvirk.forms.InvalidInputException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_PrepareMeeting (D3-D5): the meeting's times for the timers, by the periods the model says: the
 * invitation three weeks before, the agenda deadline a week before, the minutes a week after and their
 * approval two weeks after. Again
 * when it is moved.
 */
@Component("prepareMeeting")
@StepSetting(name = PrepareMeeting.INVITATION_LEAD, label = "Invitasjonen sendes (før møtet)",
        kind = StepSetting.Kind.PERIOD)
@StepSetting(name = PrepareMeeting.AGENDA_INPUT_LEAD, label = "Frist for innspill til sakslisten (før møtet)",
        kind = StepSetting.Kind.PERIOD)
@StepSetting(name = PrepareMeeting.MINUTES_DUE, label = "Frist for referatet (etter møtet)",
        kind = StepSetting.Kind.PERIOD)
@StepSetting(name = PrepareMeeting.MINUTES_APPROVAL_DUE, label = "Frist for å godkjenne referatet (etter møtet)",
        kind = StepSetting.Kind.PERIOD)
class PrepareMeeting implements JavaDelegate {

    static final String INVITATION_LEAD = "invitationLead";
    static final String AGENDA_INPUT_LEAD = "agendaInputLead";
    static final String MINUTES_DUE = "minutesDue";
    static final String MINUTES_APPROVAL_DUE = DialogueVariables.MINUTES_APPROVAL_DUE;

    private final DialogueMeetings meetings;
    private final DialogueDisplay display;
    private final Clock clock;

    PrepareMeeting(DialogueMeetings meetings, DialogueDisplay display, Clock clock) {
        this.meetings = meetings;
        this.display = display;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        // A meeting is planned first, by the year's plan or a request; the process is not started on its own.
        Long id = Fields.id(execution.getVariable(DialogueVariables.MEETING_ID));
        DialogueMeeting meeting = id == null ? null : meetings.findById(id).orElse(null);
        if (meeting == null) {
            throw new InvalidInputException(DialogueVariables.MEETING_ID, "Et dialogmøte startes fra årets plan eller "
                    + "fra en forespørsel om dialogmøte, ikke for seg selv.");
        }
        ZonedDateTime start = meeting.start(clock.getZone());
        ZonedDateTime end = meeting.end(clock.getZone());
        execution.setVariables(Map.of(
                DialogueVariables.INVITATION_AT, Date.from(start.minus(StepSettings.period(execution, INVITATION_LEAD)).toInstant()),
                DialogueVariables.AGENDA_DEADLINE, Date.from(start.minus(StepSettings.period(execution, AGENDA_INPUT_LEAD)).toInstant()),
                DialogueVariables.MEETING_END, Date.from(end.toInstant()),
                DialogueVariables.MINUTES_DUE, Date.from(end.plus(StepSettings.period(execution, MINUTES_DUE)).toInstant()),
                DialogueVariables.MINUTES_APPROVAL_DUE, Date.from(end.plus(StepSettings.period(execution,
                        MINUTES_APPROVAL_DUE)).toInstant()),
                DialogueVariables.LEADER, meeting.getGroup().getLeader(),
                DialogueVariables.COORDINATOR, meeting.getGroup().getCoordinator(),
                DialogueVariables.MEETING_NAME, display.meetingName(meeting)));
    }
}
