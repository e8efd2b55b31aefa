package no.medvirk.message;

import java.time.Clock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_CloseAsDuplicate: the message joins the case the registration named; its submitter is told. */
@Component("closeAsDuplicate")
class CloseAsDuplicate implements JavaDelegate {

    private final Messages messages;
    private final DuplicateMails mails;
    private final Clock clock;

    CloseAsDuplicate(Messages messages, DuplicateMails mails, Clock clock) {
        this.messages = messages;
        this.mails = mails;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Message duplicate = messages.get(execution.getProcessBusinessKey());
        Message original = messages.get((String) execution.getVariable(MessageVariables.DUPLICATE_OF));
        duplicate.closeAsDuplicate(original, clock.instant());
        mails.joined(duplicate, original);
    }
}
