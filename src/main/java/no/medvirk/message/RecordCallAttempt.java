package no.medvirk.message;

import java.time.Clock;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task_CallSubmitter, on complete (M5-M7): one call, reached or not; when reached, the answer and the
 * submitter's reaction, which must say why and ask for an alternative when negative.
 */
@Component("recordCallAttempt")
class RecordCallAttempt implements TaskListener {

    private final Messages messages;
    private final Clock clock;

    RecordCallAttempt(Messages messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        Boolean reached = Fields.yesNo(task.getVariable(MessageVariables.REACHED));
        if (reached == null) {
            throw Refusal.of(MessageVariables.REACHED, "Svar på om du fikk snakket med innmelderen.");
        }
        ContactReport report = reached ? ContactForm.call(task) : null;
        Message message = messages.get(task.getExecution().getProcessBusinessKey());
        int attempts = message.recordCallAttempt(clock.instant(), reached, CallerOfTask.of(task));
        if (report != null) {
            message.contacted(report, clock.instant());
        }
        task.getExecution().setVariable(MessageVariables.REACHED, reached);
        task.getExecution().setVariable(MessageVariables.CALL_ATTEMPTS, attempts);
    }
}
