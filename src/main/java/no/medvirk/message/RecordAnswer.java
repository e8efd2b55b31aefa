package no.medvirk.message;

import java.time.Clock;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * On complete of the tasks that answer by other means than the call (no phone, the mayor's office,
 * another authority): how the submitter was answered, what was said, and on the phone their reaction.
 */
@Component("recordAnswer")
class RecordAnswer implements TaskListener {

    private final Messages messages;
    private final Clock clock;

    RecordAnswer(Messages messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        // Referring the submitter to another authority is not an answer to react to.
        boolean reactionAsked = !"Task_ContactAboutOtherAuthority".equals(task.getTaskDefinitionKey());
        ContactReport report = ContactForm.read(task, task.getVariable(MessageVariables.ANSWERED_BY), null,
                reactionAsked);
        messages.get(task.getExecution().getProcessBusinessKey()).contacted(report, clock.instant());
    }
}
