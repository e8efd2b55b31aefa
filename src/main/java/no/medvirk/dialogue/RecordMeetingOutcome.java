package no.medvirk.dialogue;

import java.util.Map;
import no.medvirk.forms.CompletedForm;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Task_RecordMeeting, on complete (D4): the meeting was held, moved to a new time, or cancelled. */
@Component("recordMeetingOutcome")
class RecordMeetingOutcome implements TaskListener {

    private final DialogueMeetings meetings;
    private final DialoguePlanning planning;

    RecordMeetingOutcome(DialogueMeetings meetings, DialoguePlanning planning) {
        this.meetings = meetings;
        this.planning = planning;
    }

    @Override
    public void notify(DelegateTask task) {
        Map<String, Object> form = CompletedForm.values(task, "meetingOutcome", "newDate", "newStartTime",
                "newEndTime", "cancelReason");
        String outcome = FormJson.text(form.get("meetingOutcome"));
        DialogueMeeting meeting = meetings.get(((Number) task.getVariable(DialogueVariables.MEETING_ID)).longValue());
        switch (outcome == null ? "" : outcome) {
            case "HELD" -> meeting.held();
            case "MOVED" -> {
                try {
                    meeting.moved(planning.newTime(FormJson.text(form.get("newDate")),
                            FormJson.text(form.get("newStartTime")), FormJson.text(form.get("newEndTime"))));
                } catch (InvalidPlanException e) {
                    throw Refusal.of(e);
                }
            }
            case "CANCELLED" -> {
                String reason = FormJson.text(form.get("cancelReason"));
                if (reason == null) {
                    throw Refusal.of("cancelReason", "Skriv hvorfor møtet ble avlyst.");
                }
                meeting.cancelled(reason);
            }
            default -> throw Refusal.of("meetingOutcome", "Velg om møtet ble holdt, flyttet eller avlyst.");
        }
        task.getExecution().setVariable(DialogueVariables.MEETING_OUTCOME, outcome);
    }
}
