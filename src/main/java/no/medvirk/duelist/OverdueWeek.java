package no.medvirk.duelist;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A week a message was on an overdue list: a message counts once per week. */
@Entity
@Table(name = "overdue_week")
@EntityListeners(OverdueWeekTallies.class)
class OverdueWeek {

    @Embeddable
    record Key(Long messageId, LocalDate weekStart) {
    }

    @EmbeddedId
    private Key key;

    protected OverdueWeek() {
    }

    OverdueWeek(Long messageId, LocalDate weekStart) {
        this.key = new Key(messageId, weekStart);
    }

    Long messageId() {
        return key.messageId();
    }

    LocalDate weekStart() {
        return key.weekStart();
    }
}
