package no.medvirk.message;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import no.medvirk.notification.Outbox;
import no.medvirk.organisation.Organisation;
import no.medvirk.time.Dates;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_RemindOfDeadline: the contact deadline passed while the call is still open. The caseworker
 * and the unit's leaders get one reminder; the case goes on, and the task shows as overdue.
 */
@Component("remindOfDeadline")
class RemindOfDeadline implements JavaDelegate {

    record Reminder(String caseNumber, String deadline, int callAttempts, String caseworkerName) {
    }

    private final Messages messages;
    private final Organisation organisation;
    private final Outbox outbox;
    private final Clock clock;

    RemindOfDeadline(Messages messages, Organisation organisation, Outbox outbox, Clock clock) {
        this.messages = messages;
        this.organisation = organisation;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Message message = messages.get(execution.getProcessBusinessKey());
        // The call task comes back after each failed call: its timer may fire again, the reminder not.
        if (!message.remind(clock.instant())) {
            return;
        }
        Organisation.Unit unit = organisation.unit(message.getUnitCode()).orElseThrow();
        Set<String> people = new LinkedHashSet<>();
        people.add(message.getCaseworker());
        people.addAll(unit.leaders());
        Reminder reminder = new Reminder(message.getCaseNumber(), Dates.day(message.getContactDeadline(), clock.getZone()),
                message.getCallAttempts().size(),
                organisation.personName(message.getCaseworker()));
        people.stream().map(organisation::person).flatMap(Optional::stream)
                .forEach(person -> outbox.send(person.email(), "contact-deadline-passed", reminder));
    }
}
