package no.medvirk.message;

import no.medvirk.engine.ListensTo;
import no.medvirk.forms.CompletedForm;
import no.medvirk.organisation.Organisation;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Task_AssignCaseworker, on complete (M4): the chosen caseworker, one of the unit's, gets the message. */
@Component("assignCaseworker")
@ListensTo(forms = "assign-caseworker", event = "complete")
class AssignCaseworker implements TaskListener {

    private final Messages messages;
    private final Organisation organisation;

    AssignCaseworker(Messages messages, Organisation organisation) {
        this.messages = messages;
        this.organisation = organisation;
    }

    @Override
    public void notify(DelegateTask task) {
        HandOutForm form = new HandOutForm(CompletedForm.of(task).text(MessageVariables.CASEWORKER));
        Message message = messages.get(task.getExecution().getProcessBusinessKey());
        String caseworker = form.check(organisation.unit(message.getUnitCode()).orElseThrow());
        message.assign(caseworker);
        task.getExecution().setVariable(MessageVariables.CASEWORKER, caseworker);
    }
}
