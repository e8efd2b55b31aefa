package no.medvirk.message;

import java.time.Clock;
import no.medvirk.engine.ListensTo;
import no.medvirk.forms.CompletedForm;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task_CallSubmitter, on complete (M5-M7): one call, reached or not; when reached, the answer and the
 * submitter's reaction, which must say why and ask for an alternative when negative; when not reached,
 * an SMS says so.
 */
@Component("recordCallAttempt")
@ListensTo(forms = "call-submitter", event = "complete")
class RecordCallAttempt implements TaskListener {

    private final Messages messages;
    private final CitizenNotices notices;
    private final Clock clock;

    RecordCallAttempt(Messages messages, CitizenNotices notices, Clock clock) {
        this.messages = messages;
        this.notices = notices;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        CompletedForm form = CompletedForm.of(task);
        CallForm call = new CallForm(form.yesNo(MessageVariables.REACHED), ContactForm.of(form));
        ContactReport report = call.check();
        Message message = messages.get(task.getExecution().getProcessBusinessKey());
        int attempts = message.recordCallAttempt(clock.instant(), call.reached(), CallerOfTask.of(task));
        if (report != null) {
            message.contacted(report, clock.instant());
        } else {
            notices.callFailed(message, attempts);
        }
        task.getExecution().setVariable(MessageVariables.REACHED, call.reached());
        task.getExecution().setVariable(MessageVariables.CALL_ATTEMPTS, attempts);
    }
}
