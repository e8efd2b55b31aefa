package no.medvirk.dialogue;

import java.time.Clock;
import no.medvirk.forms.Fields;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_EraseContact (D10): the requested meeting is held and its inputs followed up, so nothing more
 * goes to the requester; their address (personal data) is erased from the request and from its meeting's
 * contacts.
 */
@Component("eraseRequesterContact")
class EraseRequesterContact implements JavaDelegate {

    private final MeetingRequests requests;
    private final DialogueMeetings meetings;
    private final Clock clock;

    EraseRequesterContact(MeetingRequests requests, DialogueMeetings meetings, Clock clock) {
        this.requests = requests;
        this.meetings = meetings;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        MeetingRequest request = requests.get(Fields.id(execution.getVariable(DialogueVariables.REQUEST_ID)));
        if (request.getContactEmail() != null) {
            meetings.findByRequestId(request.getId()).forEach(m -> m.eraseContact(request.getContactEmail()));
        }
        request.eraseContact(clock.instant());
    }
}
