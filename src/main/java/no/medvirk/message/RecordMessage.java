package no.medvirk.message;

import no.medvirk.forms.CompletedForm;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_RecordMessage: the start form's message becomes a record with a case number, which becomes
 * the business key. The form's fields leave the process: the record holds them.
 */
@Component("recordMessage")
class RecordMessage implements JavaDelegate {

    private final MessageRegistration registration;

    RecordMessage(MessageRegistration registration) {
        this.registration = registration;
    }

    @Override
    public void execute(DelegateExecution execution) {
        CompletedForm form = CompletedForm.ofStart(execution);
        Message message = registration.recordFromStartForm(MessageVariables.input(form));
        execution.setProcessBusinessKey(message.getCaseNumber());
        execution.setVariables(MessageVariables.registered(message));
        execution.setVariable(MessageVariables.DUPLICATE_OF,
                registration.duplicateTarget(form.text(MessageVariables.DUPLICATE_OF), message.getCaseNumber()));
    }
}
