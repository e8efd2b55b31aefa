package no.medvirk.dialogue;

import java.time.Clock;
import no.medvirk.forms.CompletedForm;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Task_RegisterAgendaInput, on complete (D3): the user council's items; empty rows are left out. */
@Component("addAgendaItems")
class AddAgendaItems implements TaskListener {

    private final DialogueMeetings meetings;
    private final Clock clock;

    AddAgendaItems(DialogueMeetings meetings, Clock clock) {
        this.meetings = meetings;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        DialogueMeeting meeting = meetings.get(((Number) task.getVariable(DialogueVariables.MEETING_ID)).longValue());
        FormJson.rows(CompletedForm.values(task, "agendaItems").get("agendaItems")).forEach(row -> {
            String text = FormJson.text(row.get("text"));
            if (text != null) {
                meeting.addAgendaItem(text, FormJson.text(row.get("proposedBy")), clock.instant());
            }
        });
    }
}
