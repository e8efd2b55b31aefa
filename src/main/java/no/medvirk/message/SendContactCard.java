package no.medvirk.message;

import java.time.Clock;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_SendContactCard (M7): after the last failed call the card asking the submitter to call is made
 * and its date recorded; it goes by e-mail or SMS when the submitter gave one, else the caseworker prints
 * it from the next task (LetterController). The day the submitter may call back by is the next task's due
 * date and timer.
 */
@Component("sendContactCard")
class SendContactCard implements JavaDelegate {

    private final Messages messages;
    private final CitizenNotices notices;
    private final Clock clock;

    SendContactCard(Messages messages, CitizenNotices notices, Clock clock) {
        this.messages = messages;
        this.notices = notices;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Message message = messages.get(execution.getProcessBusinessKey());
        message.cardSent(clock.instant());
        notices.contactCard(message);
        execution.setVariable(MessageVariables.CALLBACK_DEADLINE, Date.from(message.getCallbackDeadline()));
    }
}
