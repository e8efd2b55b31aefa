package no.medvirk.message;

import java.time.Clock;
import no.medvirk.engine.ListensTo;
import no.medvirk.notification.Outbox;
import no.medvirk.organisation.Organisation;
import no.medvirk.time.Dates;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * M3: the unit, or the mayor's office, gets an e-mail at once with the case number, kind, subject area
 * and a link to its task. Nothing the citizen wrote: a shared mailbox is no place for personal data, and
 * the text may name people; it is read in the task, behind the login. The submitter is told where their
 * message went (CitizenNotices).
 */
@Component("forwardMessage")
@ListensTo(forms = {"assign-caseworker", "handle-political-message"}, event = "create", order = -1)
class ForwardMessage implements TaskListener {

    /** What the e-mail template sees. */
    record Forwarded(String caseNumber, String to, String kind, String subjectArea, String receivedDate,
                     String taskUrl, boolean willCall, String contactDeadline) {
    }

    private final Messages messages;
    private final Organisation organisation;
    private final Outbox outbox;
    private final MessageSettings settings;
    private final CitizenNotices notices;
    private final Clock clock;

    ForwardMessage(Messages messages, Organisation organisation, Outbox outbox, MessageSettings settings,
                   CitizenNotices notices, Clock clock) {
        this.messages = messages;
        this.organisation = organisation;
        this.outbox = outbox;
        this.settings = settings;
        this.notices = notices;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        Message message = messages.get(task.getExecution().getProcessBusinessKey());
        String name;
        String email;
        if (message.getRoutedTo() == RoutedTo.MAYOR) {
            name = organisation.mayor().name();
            email = organisation.mayor().email();
        } else {
            Organisation.Unit unit = organisation.unit(message.getUnitCode()).orElseThrow();
            name = unit.name();
            email = unit.email();
        }
        outbox.send(email, "message-forwarded", new Forwarded(message.getCaseNumber(), name,
                message.getKind().label(), message.getSubjectArea(), Dates.day(message.getReceivedAt(), clock.getZone()),
                settings.baseUrl() + "/camunda/app/tasklist/default/#/?task=" + task.getId(),
                message.getSubmitter().hasPhone() && message.getRules().callBack(),
                Dates.dayAndTime(message.getContactDeadline(), clock.getZone())));
        notices.forwarded(message, name);
    }
}
