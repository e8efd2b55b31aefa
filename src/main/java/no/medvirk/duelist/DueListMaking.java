package no.medvirk.duelist;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import no.medvirk.message.Message;
import no.medvirk.message.Messages;
import no.medvirk.message.RoutedTo;
import org.springframework.stereotype.Service;

/**
 * M9, M10: makes the week's due list from the message records: every open message due this week
 * or overdue. An overdue message counts as overdue once per week, however often the list is made
 * that week, so a second run neither lists it for its unit again nor escalates it.
 */
@Service
class DueListMaking {

    static final String SERVICE_CENTRE = "service-centre";

    private final Messages messages;
    private final DueLists dueLists;
    private final OverdueWeeks overdueWeeks;
    private final Clock clock;

    DueListMaking(Messages messages, DueLists dueLists, OverdueWeeks overdueWeeks, Clock clock) {
        this.messages = messages;
        this.dueLists = dueLists;
        this.overdueWeeks = overdueWeeks;
        this.clock = clock;
    }

    DueList make() {
        Instant now = clock.instant();
        Week week = Week.of(now, clock.getZone());
        DueList list = new DueList(now, week.monday());
        for (Message message : messages.findOpenWithContactDeadlineBefore(week.end())) {
            boolean overdue = message.getContactDeadline().isBefore(now);
            boolean counted = false;
            if (overdue && !overdueWeeks.existsById(new OverdueWeek.Key(message.getId(), week.monday()))) {
                overdueWeeks.save(new OverdueWeek(message.getId(), week.monday()));
                message.countOverdue();
                counted = true;
            }
            int daysOverdue = overdue ? (int) ChronoUnit.DAYS.between(
                    message.getContactDeadline().atZone(clock.getZone()).toLocalDate(),
                    now.atZone(clock.getZone()).toLocalDate()) : 0;
            list.add(new DueListEntry(list, message.getId(), message.getCaseNumber(), responsible(message),
                    message.getRegisteredAt(), message.getContactDeadline(), message.getCaseworker(),
                    message.getCallAttempts().size(), overdue, daysOverdue, message.getTimesOverdue(), counted));
        }
        return dueLists.save(list);
    }

    /** Who clears the message up: its unit, the mayor's office, or the service centre itself. */
    private static String responsible(Message message) {
        if (message.getRoutedTo() == RoutedTo.MAYOR) {
            return DueListEntry.MAYOR;
        }
        return message.getUnitCode() != null ? message.getUnitCode() : SERVICE_CENTRE;
    }
}
