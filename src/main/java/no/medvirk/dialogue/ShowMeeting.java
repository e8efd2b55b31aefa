package no.medvirk.dialogue;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.medvirk.engine.ListensTo;
import no.medvirk.forms.Fields;
import no.medvirk.forms.FormDisplay;
import no.medvirk.forms.TaskDisplay;
import no.medvirk.forms.FormJson;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * The meeting's tasks, when its form is read: what the task's form names of the meeting; minutes sent back come
 * back filled in, with the leader's comment.
 */
@Component("showMeeting")
@ListensTo(forms = {"approve-minutes", "record-meeting", "register-agenda-input", "write-minutes"}, event = "create")
class ShowMeeting implements TaskDisplay {

    private final DialogueMeetings meetings;
    private final DialogueDisplay display;
    private final MeetingParticipants participants;
    private final Clock clock;

    ShowMeeting(DialogueMeetings meetings, DialogueDisplay display, MeetingParticipants participants, Clock clock) {
        this.meetings = meetings;
        this.display = display;
        this.participants = participants;
        this.clock = clock;
    }

    @Override
    public void show(DelegateTask task, FormDisplay form) {
        DialogueMeeting m = meetings.get(Fields.id(task.getVariable(DialogueVariables.MEETING_ID)));
        form
                .put("unitName", () -> display.counterpart(m))
                .put(MinutesForm.ATTENDANCE, () -> FormJson.value(attendanceRows(m)))
                .put("attendanceCsvUrl", () -> DialogueController.attendancePath(m))
                .put("meetingDateText", () -> display.when(m))
                .put("place", m::getPlace)
                .put("agendaDeadlineText", () -> day((Date) task.getVariable(DialogueVariables.AGENDA_DEADLINE)))
                .put("minutesDueText", () -> day((Date) task.getVariable(DialogueVariables.MINUTES_DUE)))
                .put("agendaMarkdown", () -> display.agendaMarkdown(m))
                .put("unitOptions", () -> FormJson.value(display.unitOptions()))
                .put("minutesMarkdown", () -> display.minutesMarkdown(m))
                // The leader's comment is news while the minutes are back with the coordinator; once they are
                // written again, the leader's field for a new comment starts empty.
                .put("returnComment", () -> m.getMinutesStatus() == MinutesStatus.RETURNED
                        ? m.getMinutesReturnComment() : null)
                .put("points", m::getMinutesPoints)
                .put("agreed", m::getMinutesAgreed)
                .put("nextMeeting", m::getMinutesNextMeeting);
        if (!m.getAttendees().isEmpty() || !m.getInputs().isEmpty()) {
            form.put(MinutesForm.ATTENDEES, () -> FormJson.value(m.getAttendees().stream()
                            .map(a -> Map.of("name", a.getName(), "organisation", a.getOrganisation())).toList()))
                    .put(MinutesForm.INPUTS, () -> FormJson.value(m.getInputs().stream()
                            .map(i -> Map.of("text", i.getText(), "unit", i.getUnitCode())).toList()));
        }
    }

    /** D5: a row per participant, with what earlier minutes recorded for them. */
    private List<Map<String, String>> attendanceRows(DialogueMeeting m) {
        List<Map<String, String>> rows = new ArrayList<>();
        for (MeetingParticipants.Participant p : participants.of(m)) {
            Map<String, String> row = new HashMap<>(Map.of("name", p.name(), "role", display.role(p.role())));
            m.getAttendance().stream().filter(a -> p.personId().equals(a.getPersonId())).findFirst()
                    .ifPresent(a -> row.put("status", a.getStatus().name()));
            m.getAttendance().stream().filter(a -> p.personId().equals(a.getSubstituteFor())).findFirst()
                    .ifPresent(a -> {
                        row.put("status", AttendanceStatus.SUBSTITUTE.name());
                        row.put("substitute", a.getName());
                    });
            rows.add(row);
        }
        return rows;
    }

    private String day(Date date) {
        return date == null ? "" : DialogueDisplay.day(date.toInstant().atZone(clock.getZone()).toLocalDate());
    }
}
