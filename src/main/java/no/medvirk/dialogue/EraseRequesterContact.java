package no.medvirk.dialogue;

import java.time.Clock;
import no.medvirk.forms.Fields;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_EraseContact (D10): the requested meeting is held and its inputs followed up, so nothing more
 * goes to the requester; their address (personal data) is erased from the request.
 */
@Component("eraseRequesterContact")
class EraseRequesterContact implements JavaDelegate {

    private final MeetingRequests requests;
    private final Clock clock;

    EraseRequesterContact(MeetingRequests requests, Clock clock) {
        this.requests = requests;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        requests.get(Fields.id(execution.getVariable(DialogueVariables.REQUEST_ID))).eraseContact(clock.instant());
    }
}
