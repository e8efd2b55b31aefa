package no.medvirk.message;

import java.time.Clock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_CloseMessage, Task_CloseReferredMessage (M8): the case is closed, and the
 * submitters of its duplicates get its answer. */
@Component("closeMessage")
class CloseMessage implements JavaDelegate {

    private final Messages messages;
    private final DuplicateMails duplicates;
    private final Clock clock;

    CloseMessage(Messages messages, DuplicateMails duplicates, Clock clock) {
        this.messages = messages;
        this.duplicates = duplicates;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Message message = messages.get(execution.getProcessBusinessKey());
        message.close(clock.instant());
        duplicates.answered(message);
    }
}
