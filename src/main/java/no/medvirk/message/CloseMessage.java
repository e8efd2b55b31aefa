package no.medvirk.message;

import java.time.Clock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_CloseMessage, Task_CloseReferredMessage (M8): the case is closed. */
@Component("closeMessage")
class CloseMessage implements JavaDelegate {

    private final Messages messages;
    private final Clock clock;

    CloseMessage(Messages messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        messages.get(execution.getProcessBusinessKey()).close(clock.instant());
    }
}
