package no.medvirk.dialogue;

import java.time.Clock;
import no.medvirk.engine.ListensTo;
import no.medvirk.forms.CompletedForm;
import no.medvirk.forms.Fields;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Task_RegisterAgendaInput, on complete (D3): the user council's items; empty rows are left out. */
@Component("addAgendaItems")
@ListensTo(forms = "register-agenda-input", event = "complete")
class AddAgendaItems implements TaskListener {

    private final DialogueMeetings meetings;
    private final Clock clock;

    AddAgendaItems(DialogueMeetings meetings, Clock clock) {
        this.meetings = meetings;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        AgendaForm agenda = new AgendaForm(CompletedForm.of(task).rows(AgendaForm.ITEMS).stream()
                .map(row -> new AgendaForm.Item(row.text("text"), row.text("proposedBy"))).toList());
        DialogueMeeting meeting = meetings.get(Fields.id(task.getVariable(DialogueVariables.MEETING_ID)));
        agenda.check().forEach(item -> meeting.addAgendaItem(item.text(), item.proposedBy(), clock.instant()));
    }
}
