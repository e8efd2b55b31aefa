package no.medvirk.dialogue;

import java.time.Clock;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_RecordRequest (D10): who asks for a meeting, on what, and when they wish it. */
@Component("recordMeetingRequest")
class RecordMeetingRequest implements JavaDelegate {

    private static final List<String> FIELDS = List.of("requestedBy", "contactEmail", "topic", "wishedPeriod");

    private final MeetingRequests requests;
    private final Clock clock;

    RecordMeetingRequest(MeetingRequests requests, Clock clock) {
        this.requests = requests;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String requestedBy = FormJson.text(execution.getVariable("requestedBy"));
        String topic = FormJson.text(execution.getVariable("topic"));
        String period = FormJson.text(execution.getVariable("wishedPeriod"));
        if (requestedBy == null || topic == null || period == null) {
            throw Refusal.of("topic", "Skriv hvem som ber om møtet, temaet og ønsket tidsrom.");
        }
        MeetingRequest request = requests.save(new MeetingRequest(requestedBy,
                FormJson.text(execution.getVariable("contactEmail")), topic, period, clock.instant()));
        execution.removeVariables(FIELDS);
        execution.setVariable(DialogueVariables.REQUEST_ID, request.getId());
        execution.setProcessBusinessKey("Forespørsel " + request.getId() + ": " + requestedBy);
    }
}
