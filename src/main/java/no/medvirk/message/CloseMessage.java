package no.medvirk.message;

import java.time.Clock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_CloseMessage, Task_CloseReferredMessage (M8): the case is closed, the
 * submitters of its duplicates get its answer, and its submitter may say what they think (the survey link). */
@Component("closeMessage")
class CloseMessage implements JavaDelegate {

    private final Messages messages;
    private final DuplicateMails duplicates;
    private final CitizenLinks links;
    private final Clock clock;

    CloseMessage(Messages messages, DuplicateMails duplicates, CitizenLinks links, Clock clock) {
        this.messages = messages;
        this.duplicates = duplicates;
        this.links = links;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Message message = messages.get(execution.getProcessBusinessKey());
        message.close(clock.instant());
        duplicates.answered(message);
        links.openSurvey(message);
    }
}
