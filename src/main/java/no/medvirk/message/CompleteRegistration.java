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
        Message message = registration.completeRegistration(task.getExecution().getProcessBusinessKey(),
                MessageVariables.input(CompletedForm.of(task)));
        task.getExecution().setVariables(MessageVariables.registered(message));
    }
}
