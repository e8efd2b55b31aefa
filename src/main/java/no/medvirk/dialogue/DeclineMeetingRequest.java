package no.medvirk.dialogue;

import java.time.Clock;
import no.medvirk.forms.Fields;
import no.medvirk.notification.Outbox;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_DeclineRequest (D10): whoever asked gets the answer and the reason, when they left an address;
 * the address is erased then, as nothing more goes to it.
 */
@Component("declineMeetingRequest")
class DeclineMeetingRequest implements JavaDelegate {

    record Declined(String requestedBy, String topic, String reason) {
    }

    private final MeetingRequests requests;
    private final Outbox outbox;
    private final Clock clock;

    DeclineMeetingRequest(MeetingRequests requests, Outbox outbox, Clock clock) {
        this.requests = requests;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        MeetingRequest request = requests.get(Fields.id(execution.getVariable(DialogueVariables.REQUEST_ID)));
        if (request.getContactEmail() != null) {
            outbox.send(request.getContactEmail(), "meeting-request-declined",
                    new Declined(request.getRequestedBy(), request.getTopic(), request.getDeclineReason()));
        }
        request.eraseContact(clock.instant());
    }
}
