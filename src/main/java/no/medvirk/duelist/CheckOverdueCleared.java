package no.medvirk.duelist;

import java.util.List;
import no.medvirk.forms.CompletedForm;
import no.medvirk.message.MessageStatus;
import no.medvirk.message.Messages;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.stereotype.Component;

/**
 * Task_ClearOverdue, on complete (M10): done when every listed message is closed or the unit
 * leader says, in a comment, what happens to the rest. The comment goes with the list.
 */
@Component("checkOverdueCleared")
class CheckOverdueCleared implements TaskListener {

    private final DueLists dueLists;
    private final Messages messages;

    CheckOverdueCleared(DueLists dueLists, Messages messages) {
        this.dueLists = dueLists;
        this.messages = messages;
    }

    @Override
    public void notify(DelegateTask task) {
        DueList list = dueLists.findById((Long) task.getVariable(DueListVariables.DUE_LIST_ID)).orElseThrow();
        List<DueListEntry> listed = list.countedFor((String) task.getVariable(DueListVariables.RESPONSIBLE));
        List<DueListEntry> open = listed.stream()
                .filter(e -> messages.findById(e.getMessageId()).orElseThrow().getStatus() != MessageStatus.CLOSED)
                .toList();
        Object given = CompletedForm.values(task, DueListVariables.COMMENT).get(DueListVariables.COMMENT);
        String comment = given == null || given.toString().isBlank() ? null : given.toString().strip();
        if (!open.isEmpty() && comment == null) {
            throw new FormFieldValidationException(DueListVariables.COMMENT, "Disse meldingene er ikke lukket: "
                    + String.join(", ", open.stream().map(DueListEntry::getCaseNumber).toList())
                    + ". Lukk dem, eller skriv i kommentaren hva som skjer med dem.");
        }
        open.forEach(entry -> entry.comment(comment));
    }
}
