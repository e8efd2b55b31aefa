package no.medvirk.duelist;

import no.medvirk.forms.CompletedForm;
import no.medvirk.message.Messages;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.stereotype.Component;

/** Task_InstructUnits, on complete (M11): the chief executive's instruction, recorded on each message. */
@Component("recordInstruction")
class RecordInstruction implements TaskListener {

    private final DueLists dueLists;
    private final Messages messages;

    RecordInstruction(DueLists dueLists, Messages messages) {
        this.dueLists = dueLists;
        this.messages = messages;
    }

    @Override
    public void notify(DelegateTask task) {
        Object given = CompletedForm.values(task, DueListVariables.INSTRUCTION).get(DueListVariables.INSTRUCTION);
        if (given == null || given.toString().isBlank()) {
            throw new FormFieldValidationException(DueListVariables.INSTRUCTION,
                    "Skriv instruksen til enhetene om meldingene som står på restanselisten igjen.");
        }
        DueList list = dueLists.findById((Long) task.getVariable(DueListVariables.DUE_LIST_ID)).orElseThrow();
        list.escalated().forEach(e -> messages.findById(e.getMessageId()).orElseThrow().instruct(given.toString().strip()));
    }
}
