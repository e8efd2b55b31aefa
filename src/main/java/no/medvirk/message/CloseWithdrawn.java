package no.medvirk.message;

import java.time.Clock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_CloseWithdrawn: the submitter withdrew the message on their status page (the event subprocess
 * "Meldingen er trukket" interrupted whatever the case was waiting for); the case ends as "Trukket av innmelder".
 */
@Component("closeWithdrawn")
class CloseWithdrawn implements JavaDelegate {

    private final Messages messages;
    private final Clock clock;

    CloseWithdrawn(Messages messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        messages.get(execution.getProcessBusinessKey()).withdraw(clock.instant());
    }
}
