package no.medvirk.dialogue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import no.medvirk.engine.ListensTo;
import no.medvirk.forms.CompletedForm;
import no.medvirk.forms.Fields;
import no.medvirk.forms.InvalidInputException;
import no.medvirk.organisation.Organisation;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task_WriteMinutes, on complete (D5): each participant's attendance - a substitute who came is
 * recorded for whom - others who attended, the points raised, each input with the unit responsible
 * for it, what was agreed and the next meeting; for the group leader to approve.
 */
@Component("saveMinutes")
@ListensTo(forms = "write-minutes", event = "complete")
class SaveMinutes implements TaskListener {

    private final DialogueMeetings meetings;
    private final MeetingParticipants participants;
    private final Organisation organisation;

    SaveMinutes(DialogueMeetings meetings, MeetingParticipants participants, Organisation organisation) {
        this.meetings = meetings;
        this.participants = participants;
        this.organisation = organisation;
    }

    @Override
    public void notify(DelegateTask task) {
        CompletedForm form = CompletedForm.of(task);
        DialogueMeeting meeting = meetings.get(Fields.id(task.getVariable(DialogueVariables.MEETING_ID)));
        MinutesForm minutes = new MinutesForm(attendance(meeting, form.rows(MinutesForm.ATTENDANCE)),
                form.rows(MinutesForm.ATTENDEES).stream()
                .map(row -> new MeetingAttendee.Draft(row.text("name"), row.text("organisation"))).toList(),
                form.text("points"), form.rows(MinutesForm.INPUTS).stream()
                .map(row -> new DialogueInput.Draft(row.text("text"), row.text("unit"))).toList(),
                form.text("agreed"), form.text("nextMeeting")).check(unit -> organisation.unit(unit).isPresent());
        meeting.minutes(minutes.attendance(), minutes.attendees(), minutes.points(), minutes.inputs(), minutes.agreed(),
                minutes.nextMeeting());
    }

    /**
     * The form's attendance rows are the participants in {@link MeetingParticipants#of} order (ShowMeeting
     * fills them in; rows cannot be added or removed). A substitute becomes a row of their own, for whom
     * they came; the participant is absent. A substitute without a name is left for the check to name.
     */
    private List<MeetingAttendance.Draft> attendance(DialogueMeeting meeting, List<CompletedForm.Row> rows) {
        List<MeetingParticipants.Participant> people = participants.of(meeting);
        if (rows.size() != people.size()) {
            throw new InvalidInputException(MinutesForm.ATTENDANCE, "Deltakerne er endret siden skjemaet ble åpnet. "
                    + "Last oppgaven på nytt og fyll ut oppmøtet.");
        }
        List<MeetingAttendance.Draft> drafts = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            MeetingParticipants.Participant person = people.get(i);
            String statusValue = rows.get(i).text("status");
            AttendanceStatus status = Arrays.stream(AttendanceStatus.values()).filter(s -> s.name().equals(statusValue))
                    .findFirst().orElse(null);
            String substitute = rows.get(i).text("substitute");
            if (status == AttendanceStatus.SUBSTITUTE && substitute != null) {
                drafts.add(new MeetingAttendance.Draft(person.personId(), person.name(), person.role(),
                        AttendanceStatus.ABSENT, null));
                drafts.add(new MeetingAttendance.Draft(null, substitute, person.role(), AttendanceStatus.SUBSTITUTE,
                        person.personId()));
            } else {
                drafts.add(new MeetingAttendance.Draft(person.personId(), person.name(), person.role(), status, null));
            }
        }
        return drafts;
    }
}
