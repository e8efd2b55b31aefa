package no.medvirk.dialogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.medvirk.forms.CompletedForm;
import no.medvirk.organisation.Organisation;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task_WriteMinutes, on complete (D5): who attended, the points raised, each input with the unit
 * responsible for it, what was agreed and the next meeting; for the group leader to approve.
 */
@Component("saveMinutes")
class SaveMinutes implements TaskListener {

    private final DialogueMeetings meetings;
    private final Organisation organisation;

    SaveMinutes(DialogueMeetings meetings, Organisation organisation) {
        this.meetings = meetings;
        this.organisation = organisation;
    }

    @Override
    public void notify(DelegateTask task) {
        Map<String, Object> form = CompletedForm.values(task, "attendees", "points", "inputs", "agreed", "nextMeeting");
        List<String> problems = new ArrayList<>();
        List<MeetingAttendee.Draft> attendees = new ArrayList<>();
        for (Map<String, Object> row : FormJson.rows(form.get("attendees"))) {
            String name = FormJson.text(row.get("name"));
            String org = FormJson.text(row.get("organisation"));
            if (name != null || org != null) {
                if (name == null || org == null) {
                    problems.add("Skriv både navn og organisasjon eller rolle for hver som var til stede.");
                }
                attendees.add(new MeetingAttendee.Draft(name, org));
            }
        }
        if (attendees.isEmpty()) {
            problems.add("Skriv hvem som var til stede.");
        }
        List<DialogueInput.Draft> inputs = new ArrayList<>();
        for (Map<String, Object> row : FormJson.rows(form.get("inputs"))) {
            String text = FormJson.text(row.get("text"));
            String unit = FormJson.text(row.get("unit"));
            if (text != null || unit != null) {
                if (text == null || unit == null || organisation.unit(unit).isEmpty()) {
                    problems.add("Hvert innspill trenger en tekst og enheten som har ansvaret for det.");
                }
                inputs.add(new DialogueInput.Draft(text, unit));
            }
        }
        String points = FormJson.text(form.get("points"));
        if (points == null) {
            problems.add("Skriv hvilke saker som ble tatt opp.");
        }
        if (!problems.isEmpty()) {
            throw Refusal.of(new InvalidPlanException(problems.stream().distinct().toList()));
        }
        meetings.get(((Number) task.getVariable(DialogueVariables.MEETING_ID)).longValue())
                .minutes(attendees, points, inputs, FormJson.text(form.get("agreed")), FormJson.text(form.get("nextMeeting")));
    }
}
