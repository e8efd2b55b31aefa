package no.medvirk.message;

import java.time.Clock;
import no.medvirk.engine.ListensTo;
import no.medvirk.forms.CompletedForm;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Task_RecordCallback, on complete (M7): the submitter called after the card; the answer and reaction. */
@Component("recordCallback")
@ListensTo(forms = "record-callback", event = "complete")
class RecordCallback implements TaskListener {

    private final Messages messages;
    private final Clock clock;

    RecordCallback(Messages messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        ContactReport report = ContactReport.of(ContactForm.of(CompletedForm.of(task)), AnsweredBy.PHONE, true);
        messages.get(task.getExecution().getProcessBusinessKey()).contacted(report, clock.instant());
    }
}
