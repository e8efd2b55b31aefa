package no.medvirk.dialogue;

import no.medvirk.engine.ListensTo;
import no.medvirk.forms.CompletedForm;
import no.medvirk.forms.Fields;
import no.medvirk.organisation.Organisation;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task_WriteMinutes, on complete (D5): who attended, the points raised, each input with the unit
 * responsible for it, what was agreed and the next meeting; for the group leader to approve.
 */
@Component("saveMinutes")
@ListensTo(forms = "write-minutes", event = "complete")
class SaveMinutes implements TaskListener {

    private final DialogueMeetings meetings;
    private final Organisation organisation;

    SaveMinutes(DialogueMeetings meetings, Organisation organisation) {
        this.meetings = meetings;
        this.organisation = organisation;
    }

    @Override
    public void notify(DelegateTask task) {
        CompletedForm form = CompletedForm.of(task);
        MinutesForm minutes = new MinutesForm(form.rows(MinutesForm.ATTENDEES).stream()
                .map(row -> new MeetingAttendee.Draft(row.text("name"), row.text("organisation"))).toList(),
                form.text("points"), form.rows(MinutesForm.INPUTS).stream()
                .map(row -> new DialogueInput.Draft(row.text("text"), row.text("unit"))).toList(),
                form.text("agreed"), form.text("nextMeeting")).check(unit -> organisation.unit(unit).isPresent());
        meetings.get(Fields.id(task.getVariable(DialogueVariables.MEETING_ID))).minutes(minutes.attendees(),
                minutes.points(), minutes.inputs(), minutes.agreed(), minutes.nextMeeting());
    }
}
