package no.medvirk.dialogue;

import java.time.Clock;
import no.medvirk.forms.CompletedForm;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_RecordRequest (D10): who asks for a meeting, on what, and when they wish it, from the staff's start form. */
@Component("recordMeetingRequest")
class RecordMeetingRequest implements JavaDelegate {

    private final MeetingRequests requests;
    private final Clock clock;

    RecordMeetingRequest(MeetingRequests requests, Clock clock) {
        this.requests = requests;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        if (execution.getVariable(DialogueVariables.REQUEST_ID) != null) {
            return; // asked on the public form (MeetingRequestIntake), which stored the request already
        }
        CompletedForm form = CompletedForm.ofStart(execution);
        MeetingRequestForm asked = new MeetingRequestForm(form.text("requestedBy"), form.text("contactEmail"),
                form.text("topic"), form.text("wishedPeriod"));
        asked.check();
        MeetingRequest request = requests.save(new MeetingRequest(asked.requestedBy(), asked.contactEmail(),
                asked.topic(), asked.wishedPeriod(), clock.instant()));
        execution.setVariable(DialogueVariables.REQUEST_ID, request.getId());
        // Who asks may be a private person: their name stays in Medvirk's table, out of the engine.
        execution.setProcessBusinessKey("Forespørsel " + request.getId());
    }
}
