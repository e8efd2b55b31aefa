package no.medvirk.duelist;

import java.time.LocalTime;
import java.util.List;
import no.medvirk.message.CaseEvent;
import no.medvirk.message.CaseEvents;
import no.medvirk.message.Message;
import no.medvirk.time.EngineClock;
import org.springframework.stereotype.Component;

/** The weeks a message was on its unit's overdue list, for the case page's timeline. */
@Component
class OverdueCaseEvents implements CaseEvents {

    private final OverdueWeeks weeks;

    OverdueCaseEvents(OverdueWeeks weeks) {
        this.weeks = weeks;
    }

    @Override
    public List<CaseEvent> of(Message message) {
        return weeks.findByKeyMessageIdOrderByKeyWeekStart(message.getId()).stream()
                .map(w -> new CaseEvent(w.weekStart().atTime(LocalTime.of(7, 0)).atZone(EngineClock.OSLO).toInstant(),
                        "På restanselisten", "Uke " + new Week(w.weekStart(), EngineClock.OSLO).number() + ": fristen var passert"))
                .toList();
    }
}
