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
 * an answer to react to, so that form does not ask. An answer by e-mail or letter is sent by Medvirk
 * (CitizenNotices): the text written in the form is the answer the submitter gets.
 */
@Component("recordAnswer")
@ListensTo(forms = {"answer-submitter", "contact-about-other-authority", "handle-political-message"}, event = "complete")
class RecordAnswer implements TaskListener {

    private final Messages messages;
    private final CitizenNotices notices;
    private final Clock clock;

    RecordAnswer(Messages messages, CitizenNotices notices, Clock clock) {
        this.messages = messages;
        this.notices = notices;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        boolean reactionAsked = DeployedForm.of(task).hasInput(MessageVariables.SATISFACTION);
        ContactReport report = ContactReport.of(ContactForm.of(CompletedForm.of(task)), null, reactionAsked);
        Message message = messages.get(task.getExecution().getProcessBusinessKey());
        message.contacted(report, clock.instant());
        notices.answer(message);
    }
}
