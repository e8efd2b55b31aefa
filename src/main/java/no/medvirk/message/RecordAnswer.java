package no.medvirk.message;

import java.time.Clock;
import no.medvirk.engine.ListensTo;
import no.medvirk.forms.CompletedForm;
import no.medvirk.forms.DeployedForm;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * On complete of the tasks that answer by other means than the call (no phone, the mayor's office,
 * another authority): how the submitter was answered, what was said, and, when the form asks for it
 * and the answer was by phone, their reaction. Referring the submitter to another authority is not
 * an answer to react to, so that form does not ask.
 */
@Component("recordAnswer")
@ListensTo(forms = {"answer-submitter", "contact-about-other-authority", "handle-political-message"}, event = "complete")
class RecordAnswer implements TaskListener {

    private final Messages messages;
    private final Clock clock;

    RecordAnswer(Messages messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        boolean reactionAsked = DeployedForm.of(task).hasInput(MessageVariables.SATISFACTION);
        ContactReport report = ContactReport.of(ContactForm.of(CompletedForm.of(task)), null, reactionAsked);
        messages.get(task.getExecution().getProcessBusinessKey()).contacted(report, clock.instant());
    }
}
