package no.medvirk.dialogue;

import java.time.Clock;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import no.medvirk.forms.Fields;
import no.medvirk.forms.FormJson;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The meeting's tasks, on create: the meeting as the form shows it; minutes sent back come back
 * filled in, with the leader's comment.
 */
@Component("showMeeting")
class ShowMeeting implements TaskListener {

    private final DialogueMeetings meetings;
    private final DialogueDisplay display;
    private final Clock clock;

    ShowMeeting(DialogueMeetings meetings, DialogueDisplay display, Clock clock) {
        this.meetings = meetings;
        this.display = display;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        DialogueMeeting m = meetings.get(Fields.id(task.getVariable(DialogueVariables.MEETING_ID)));
        Map<String, Object> shown = new HashMap<>();
        shown.put("unitName", display.unit(m.getUnitCode()));
        shown.put("meetingDateText", display.when(m));
        shown.put("place", m.getPlace());
        shown.put("agendaDeadlineText", day((Date) task.getVariable(DialogueVariables.AGENDA_DEADLINE)));
        shown.put("minutesDueText", day((Date) task.getVariable(DialogueVariables.MINUTES_DUE)));
        shown.put("agendaMarkdown", display.agendaMarkdown(m));
        shown.put("unitOptions", FormJson.value(display.unitOptions()));
        switch (task.getTaskDefinitionKey()) {
            case "Task_WriteMinutes" -> {
                shown.put("returnComment", m.getMinutesReturnComment());
                shown.put("points", m.getMinutesPoints());
                shown.put("agreed", m.getMinutesAgreed());
                shown.put("nextMeeting", m.getMinutesNextMeeting());
                if (!m.getAttendees().isEmpty() || !m.getInputs().isEmpty()) {
                    shown.put("attendees", FormJson.value(m.getAttendees().stream()
                            .map(a -> Map.of("name", a.getName(), "organisation", a.getOrganisation())).toList()));
                    shown.put("inputs", FormJson.value(m.getInputs().stream()
                            .map(i -> Map.of("text", i.getText(), "unit", i.getUnitCode())).toList()));
                }
            }
            case "Task_ApproveMinutes" -> {
                shown.put("minutesMarkdown", display.minutesMarkdown(m));
                shown.put("returnComment", null);
            }
            default -> {
            }
        }
        task.setVariablesLocal(shown);
    }

    private String day(Date date) {
        return date == null ? "" : DialogueDisplay.day(date.toInstant().atZone(clock.getZone()).toLocalDate());
    }
}
