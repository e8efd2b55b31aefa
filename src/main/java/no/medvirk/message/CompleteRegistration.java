package no.medvirk.message;

import no.medvirk.engine.ListensTo;
import no.medvirk.forms.CompletedForm;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Task_RegisterMessage, on complete: the service centre's check and classification go to the record. */
@Component("completeRegistration")
@ListensTo(forms = "register-message", event = "complete")
class CompleteRegistration implements TaskListener {

    private final MessageRegistration registration;

    CompleteRegistration(MessageRegistration registration) {
        this.registration = registration;
    }

    @Override
    public void notify(DelegateTask task) {
        CompletedForm form = CompletedForm.of(task);
        String caseNumber = task.getExecution().getProcessBusinessKey();
        String duplicateOf = registration.duplicateTarget(form.text(MessageVariables.DUPLICATE_OF), caseNumber);
        Message message = registration.completeRegistration(caseNumber, MessageVariables.input(form));
        task.getExecution().setVariables(MessageVariables.registered(message));
        task.getExecution().setVariable(MessageVariables.DUPLICATE_OF, duplicateOf);
    }
}
