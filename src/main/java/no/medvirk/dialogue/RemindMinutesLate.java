package no.medvirk.dialogue;

import java.time.Clock;
import no.medvirk.forms.Fields;
import no.medvirk.notification.Outbox;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_RemindMinutesLate (D5): the minutes are a week overdue; the coordinator gets one reminder. */
@Component("remindMinutesLate")
class RemindMinutesLate implements JavaDelegate {

    private final DialogueMeetings meetings;
    private final MeetingMail mail;
    private final Outbox outbox;
    private final DialogueDisplay display;
    private final Clock clock;

    RemindMinutesLate(DialogueMeetings meetings, MeetingMail mail, Outbox outbox,
                      DialogueDisplay display, Clock clock) {
        this.meetings = meetings;
        this.mail = mail;
        this.outbox = outbox;
        this.display = display;
        this.clock = clock;
    }

    record Late(String unit, String when, String leader) {
    }

    @Override
    public void execute(DelegateExecution execution) {
        DialogueMeeting meeting = meetings.get(Fields.id(execution.getVariable(DialogueVariables.MEETING_ID)));
        if (meeting.remindOfMinutes(clock.instant())) {
            mail.email(meeting.getGroup().getCoordinator()).ifPresent(email -> outbox.send(email, "minutes-late",
                    new Late(display.counterpart(meeting), display.when(meeting),
                            display.person(meeting.getGroup().getLeader()))));
        }
    }
}
