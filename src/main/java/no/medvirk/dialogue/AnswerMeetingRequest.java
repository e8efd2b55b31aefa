package no.medvirk.dialogue;

import no.medvirk.forms.Fields;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_AnswerAccepted (D10): whoever asked hears at once that the meeting will be held, when and
 * where; the invitation with the agenda follows (they are among the meeting's participants).
 */
@Component("answerMeetingRequest")
class AnswerMeetingRequest implements JavaDelegate {

    private final DialogueMeetings meetings;
    private final MeetingMail mail;

    AnswerMeetingRequest(DialogueMeetings meetings, MeetingMail mail) {
        this.meetings = meetings;
        this.mail = mail;
    }

    @Override
    public void execute(DelegateExecution execution) {
        mail.accepted(meetings.get(Fields.id(execution.getVariable(DialogueVariables.MEETING_ID))));
    }
}
