package no.medvirk.dialogue;

import java.time.Clock;
import no.medvirk.forms.Fields;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_SendFinalAgenda (D3): after the deadline for input, the final agenda goes to the same people. */
@Component("sendFinalAgenda")
class SendFinalAgenda implements JavaDelegate {

    private final DialogueMeetings meetings;
    private final MeetingMail mail;
    private final Clock clock;

    SendFinalAgenda(DialogueMeetings meetings, MeetingMail mail, Clock clock) {
        this.meetings = meetings;
        this.mail = mail;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        DialogueMeeting meeting = meetings.get(Fields.id(execution.getVariable(DialogueVariables.MEETING_ID)));
        mail.send("dialogue-final-agenda", meeting, null);
        meeting.finalAgendaSent(clock.instant());
    }
}
