package no.medvirk.dialogue;

import java.time.Clock;
import no.medvirk.engine.ListensTo;
import no.medvirk.forms.CompletedForm;
import no.medvirk.forms.Fields;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Task_ApproveMinutes, on complete (D5): the group leader approves the minutes, which are mailed to the participants and the unit, or returns them with a comment. */
@Component("recordMinutesApproval")
@ListensTo(forms = "approve-minutes", event = "complete")
class RecordMinutesApproval implements TaskListener {

    private final DialogueMeetings meetings;
    private final MeetingMail mail;
    private final Clock clock;

    RecordMinutesApproval(DialogueMeetings meetings, MeetingMail mail, Clock clock) {
        this.meetings = meetings;
        this.mail = mail;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        CompletedForm form = CompletedForm.of(task);
        MinutesApprovalForm answer = new MinutesApprovalForm(form.yesNo("minutesApprovedAnswer"),
                form.text("returnComment"));
        answer.check();
        DialogueMeeting meeting = meetings.get(Fields.id(task.getVariable(DialogueVariables.MEETING_ID)));
        if (answer.approved()) {
            meeting.minutesApproved(clock.instant());
            mail.minutes(meeting);
        } else {
            meeting.minutesReturned(answer.returnComment());
        }
        task.getExecution().setVariable(DialogueVariables.MINUTES_APPROVED, answer.approved());
    }
}
