package no.medvirk.message;

import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostUpdate;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * M12 over many years (issue #18): keeps the statistics' counts (V22's tallies) as a message changes, in
 * the transaction that changes it. When a message is loaded its counted values are noted on it; when
 * it is saved, whatever changed of them moves its counts from the old rows to the new, so a report
 * reads the tallies and gets what counting the messages would give ({@link MessageFigures}).
 *
 * <p>A JPA entity listener of {@link Message}: every change of a message goes through the entity (the
 * retention's anonymising changes none of the counted values). A message's overdue weeks are counted by
 * who answers it (duelist.OverdueWeekTallies): when that changes, its weeks move with it.
 */
class MessageTallies {

    private static final String NONE = "";

    private final TallyRows rows;
    private final JdbcTemplate jdbc;

    MessageTallies(DataSource dataSource) {
        this.rows = new TallyRows(dataSource);
        this.jdbc = new JdbcTemplate(dataSource);
    }

    /** What a message adds to the tallies; {@code contact} null when it is not among the contacted that the contact figures count. */
    record Counted(LocalDate day, String unit, String kind, int month, String routedTo, String channel,
                   String subjectArea, String placeArea, String satisfaction, int feedback, Contact contact) {

        static Counted of(Message m) {
            LocalDate day = m.getReceivedDay();
            return new Counted(day, text(m.getUnitCode()), name(m.getKind()), MessageTallies.month(day), name(m.getRoutedTo()),
                    m.getChannel().name(), text(m.getSubjectArea()), text(m.getPlaceArea()), name(m.getSatisfaction()),
                    m.getDissatisfactionReason() != null || m.getAlternativeProposal() != null ? 1 : 0, Contact.of(m));
        }
    }

    /** A contacted message the contact figures count, by how its contact went. */
    record Contact(int callCount, int cardSent, int contactDays, int inTime) {

        static Contact of(Message m) {
            if (m.getContactedAt() == null || m.getContactDeadline() == null || MessageFigures.UNCONTACTABLE.contains(m.getAnsweredBy())) {
                return null;
            }
            return new Contact(m.getCallCount(), m.getCardSentAt() == null ? 0 : 1, m.getContactDays(),
                    m.getContactedAt().isAfter(m.getContactDeadline()) ? 0 : 1);
        }
    }

    /** The tallies' month: 202503 for March 2025. */
    static int month(LocalDate day) {
        return day.getYear() * 100 + day.getMonthValue();
    }

    @PostLoad
    void loaded(Message message) {
        message.tallied(Counted.of(message));
    }

    @PostPersist
    void saved(Message message) {
        Counted now = Counted.of(message);
        add(now, 1);
        message.tallied(now);
    }

    @PostUpdate
    void changed(Message message) {
        Counted before = message.tallied();
        Counted now = Counted.of(message);
        if (Objects.equals(before, now)) {
            return;
        }
        if (before != null) {
            add(before, -1);
            if (!before.routedTo().equals(now.routedTo()) || !before.unit().equals(now.unit())) {
                moveOverdueWeeks(message.getId(), before, now);
            }
        }
        add(now, 1);
        message.tallied(now);
    }

    /** The overdue lists count a message by who answers it now: its weeks move with it (see DueListFigures). */
    private void moveOverdueWeeks(long messageId, Counted from, Counted to) {
        for (LocalDate week : jdbc.queryForList("select week_start from overdue_week where message_id = ? order by week_start",
                LocalDate.class, messageId)) {
            overdue(week, from.routedTo(), from.unit(), -1);
            overdue(week, to.routedTo(), to.unit(), 1);
        }
    }

    private void overdue(LocalDate week, String routedTo, String unit, int sign) {
        rows.add("overdue_week_tally", List.of("week_start", "routed_to", "unit_code"), List.of(week, routedTo, unit),
                List.of("n"), List.of(sign));
    }

    private void add(Counted c, int sign) {
        rows.add("message_day_tally", List.of("received_day", "unit_code", "kind"), List.of(c.day(), c.unit(), c.kind()),
                List.of("n"), List.of(sign));
        rows.add("message_month_tally", List.of("received_month", "routed_to", "unit_code", "channel", "subject_area",
                        "place_area", "satisfaction"),
                List.of(c.month(), c.routedTo(), c.unit(), c.channel(), c.subjectArea(), c.placeArea(), c.satisfaction()),
                List.of("n", "feedback"), List.of(sign, sign * c.feedback()));
        Contact contact = c.contact();
        if (contact != null) {
            rows.add("message_month_contact", List.of("received_month", "unit_code", "call_count", "card_sent",
                            "contact_days", "in_time"),
                    List.of(c.month(), c.unit(), contact.callCount(), contact.cardSent(), contact.contactDays(),
                            contact.inTime()), List.of("n"), List.of(sign));
        }
    }

    private static String text(String value) {
        return value == null ? NONE : value;
    }

    private static String name(Enum<?> value) {
        return value == null ? NONE : value.name();
    }
}
