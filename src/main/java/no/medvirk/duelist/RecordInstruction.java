package no.medvirk.duelist;

import no.medvirk.engine.ListensTo;
import no.medvirk.forms.CompletedForm;
import no.medvirk.forms.Fields;
import no.medvirk.message.Messages;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Task_InstructUnits, on complete (M11): the chief executive's instruction, recorded on each message. */
@Component("recordInstruction")
@ListensTo(forms = "instruct-units", event = "complete")
class RecordInstruction implements TaskListener {

    private final DueLists dueLists;
    private final Messages messages;

    RecordInstruction(DueLists dueLists, Messages messages) {
        this.dueLists = dueLists;
        this.messages = messages;
    }

    @Override
    public void notify(DelegateTask task) {
        InstructionForm form = new InstructionForm(CompletedForm.of(task).text(DueListVariables.INSTRUCTION));
        form.check();
        DueList list = dueLists.get(Fields.id(task.getVariable(DueListVariables.DUE_LIST_ID)));
        list.escalated().forEach(e -> messages.findById(e.getMessageId()).orElseThrow().instruct(form.instruction()));
    }
}
