package no.medvirk.message;

import java.time.Clock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_CloseMessage, Task_CloseReferredMessage, Task_ClosePassedOn (M8): the case is closed, its submitter
 * is told with what was decided (with the survey link, when they can be asked), and the submitters of its
 * duplicates get its answer. */
@Component("closeMessage")
class CloseMessage implements JavaDelegate {

    private final Messages messages;
    private final DuplicateMails duplicates;
    private final CitizenNotices notices;
    private final CitizenLinks links;
    private final Clock clock;

    CloseMessage(Messages messages, DuplicateMails duplicates, CitizenNotices notices, CitizenLinks links,
                 Clock clock) {
        this.messages = messages;
        this.duplicates = duplicates;
        this.notices = notices;
        this.links = links;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Message message = messages.get(execution.getProcessBusinessKey());
        message.close(clock.instant());
        duplicates.answered(message);
        // The survey first: the closing notice carries its link.
        links.openSurvey(message);
        notices.closed(message);
    }
}
