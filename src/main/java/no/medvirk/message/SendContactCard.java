package no.medvirk.message;

import java.time.Clock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_SendContactCard (M7): after the last failed call the card asking the submitter to call is
 * made; its date is recorded. The caseworker prints it from the next task (ContactCardController).
 */
@Component("sendContactCard")
class SendContactCard implements JavaDelegate {

    private final Messages messages;
    private final Clock clock;

    SendContactCard(Messages messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        messages.get(execution.getProcessBusinessKey()).cardSent(clock.instant());
    }
}
