package no.medvirk.dialogue;

import java.time.Clock;
import java.util.Date;
import no.medvirk.forms.Fields;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_SendInvitation (D3): the invitation with agenda, themes and the service's information, three weeks ahead. */
@Component("sendInvitation")
class SendInvitation implements JavaDelegate {

    private final DialogueMeetings meetings;
    private final MeetingMail mail;
    private final Clock clock;

    SendInvitation(DialogueMeetings meetings, MeetingMail mail, Clock clock) {
        this.meetings = meetings;
        this.mail = mail;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        DialogueMeeting meeting = meetings.get(Fields.id(execution.getVariable(DialogueVariables.MEETING_ID)));
        mail.send("dialogue-invitation", meeting, (Date) execution.getVariable(DialogueVariables.AGENDA_DEADLINE));
        meeting.invited(clock.instant());
    }
}
