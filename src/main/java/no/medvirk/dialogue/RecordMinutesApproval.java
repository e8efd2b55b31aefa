package no.medvirk.dialogue;

import java.time.Clock;
import java.util.Map;
import no.medvirk.forms.CompletedForm;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Task_ApproveMinutes, on complete (D5): the group leader approves the minutes or returns them with a comment. */
@Component("recordMinutesApproval")
class RecordMinutesApproval implements TaskListener {

    private final DialogueMeetings meetings;
    private final Clock clock;

    RecordMinutesApproval(DialogueMeetings meetings, Clock clock) {
        this.meetings = meetings;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        Map<String, Object> form = CompletedForm.values(task, "minutesApprovedAnswer", "returnComment");
        String answer = FormJson.text(form.get("minutesApprovedAnswer"));
        if (answer == null) {
            throw Refusal.of("minutesApprovedAnswer", "Velg om du godkjenner referatet.");
        }
        boolean approved = Boolean.parseBoolean(answer);
        DialogueMeeting meeting = meetings.get(((Number) task.getVariable(DialogueVariables.MEETING_ID)).longValue());
        if (approved) {
            meeting.minutesApproved(clock.instant());
        } else {
            String comment = FormJson.text(form.get("returnComment"));
            if (comment == null) {
                throw Refusal.of("returnComment", "Skriv hva koordinatoren må rette.");
            }
            meeting.minutesReturned(comment);
        }
        task.getExecution().setVariable(DialogueVariables.MINUTES_APPROVED, approved);
    }
}
