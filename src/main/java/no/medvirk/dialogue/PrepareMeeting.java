package no.medvirk.dialogue;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.Map;
import no.medvirk.forms.Fields;
import no.medvirk.forms.InvalidInputException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_PrepareMeeting (D3-D5): the meeting's times for the timers: the invitation three weeks
 * before, the agenda deadline a week before, the minutes a week after. Again when it is moved.
 */
@Component("prepareMeeting")
class PrepareMeeting implements JavaDelegate {

    private final DialogueMeetings meetings;
    private final DialogueSettings settings;
    private final DialogueDisplay display;
    private final Clock clock;

    PrepareMeeting(DialogueMeetings meetings, DialogueSettings settings, DialogueDisplay display, Clock clock) {
        this.meetings = meetings;
        this.settings = settings;
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
                DialogueVariables.INVITATION_AT, Date.from(start.minus(settings.invitationLead()).toInstant()),
                DialogueVariables.AGENDA_DEADLINE, Date.from(start.minus(settings.agendaInputLead()).toInstant()),
                DialogueVariables.MEETING_END, Date.from(end.toInstant()),
                DialogueVariables.MINUTES_DUE, Date.from(end.plus(settings.minutesDue()).toInstant()),
                DialogueVariables.LEADER, meeting.getGroup().getLeader(),
                DialogueVariables.COORDINATOR, meeting.getGroup().getCoordinator(),
                DialogueVariables.MEETING_NAME, display.meetingName(meeting)));
    }
}
