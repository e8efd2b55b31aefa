package no.medvirk.duelist;

import java.util.List;
import no.medvirk.engine.ListensTo;
import no.medvirk.forms.CompletedForm;
import no.medvirk.forms.Fields;
import no.medvirk.message.MessageStatus;
import no.medvirk.message.Messages;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task_ClearOverdue, on complete (M10): done when every listed message is closed or the unit
 * leader says, in a comment, what happens to the rest. The comment goes with the list.
 */
@Component("checkOverdueCleared")
@ListensTo(forms = "clear-overdue", event = "complete")
class CheckOverdueCleared implements TaskListener {

    private final DueLists dueLists;
    private final Messages messages;

    CheckOverdueCleared(DueLists dueLists, Messages messages) {
        this.dueLists = dueLists;
        this.messages = messages;
    }

    @Override
    public void notify(DelegateTask task) {
        ClearUpForm form = new ClearUpForm(CompletedForm.of(task).text(DueListVariables.COMMENT));
        DueList list = dueLists.get(Fields.id(task.getVariable(DueListVariables.DUE_LIST_ID)));
        List<DueListEntry> open = list.countedFor((String) task.getVariable(DueListVariables.RESPONSIBLE)).stream()
                .filter(e -> messages.findById(e.getMessageId()).orElseThrow().getStatus() != MessageStatus.CLOSED)
                .toList();
        form.check(open.stream().map(DueListEntry::getCaseNumber).toList());
        open.forEach(entry -> entry.comment(form.comment()));
    }
}
