package no.medvirk.dialogue;

import no.medvirk.engine.ListensTo;
import no.medvirk.forms.CompletedForm;
import no.medvirk.forms.Fields;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Task_RecordMeeting, on complete (D4): the meeting was held, moved to a new time, or cancelled. */
@Component("recordMeetingOutcome")
@ListensTo(forms = "record-meeting", event = "complete")
class RecordMeetingOutcome implements TaskListener {

    private final DialogueMeetings meetings;
    private final DialoguePlanning planning;

    RecordMeetingOutcome(DialogueMeetings meetings, DialoguePlanning planning) {
        this.meetings = meetings;
        this.planning = planning;
    }

    @Override
    public void notify(DelegateTask task) {
        CompletedForm form = CompletedForm.of(task);
        MeetingOutcomeForm recorded = new MeetingOutcomeForm(form.text("meetingOutcome"), form.text("newDate"),
                form.text("newStartTime"), form.text("newEndTime"), form.text("cancelReason"));
        MeetingOutcomeForm.Outcome outcome = recorded.check();
        DialogueMeeting meeting = meetings.get(Fields.id(task.getVariable(DialogueVariables.MEETING_ID)));
        switch (outcome) {
            case HELD -> meeting.held();
            case MOVED -> meeting.moved(planning.newTime("newDate", recorded.newDate(), recorded.newStartTime(),
                    recorded.newEndTime()));
            case CANCELLED -> meeting.cancelled(recorded.cancelReason());
        }
        task.getExecution().setVariable(DialogueVariables.MEETING_OUTCOME, outcome.name());
    }
}
