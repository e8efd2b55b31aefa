package no.medvirk.duelist;

import jakarta.persistence.PostPersist;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import no.medvirk.message.TallyRows;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * M12 over many years (issue #18): counts a message's overdue week in V22's tally by week and by who answers
 * the message, in the transaction that puts it on the list; message.MessageTallies moves the counts when a
 * message goes to someone else. A JPA entity listener of {@link OverdueWeek}.
 */
class OverdueWeekTallies {

    private final TallyRows rows;
    private final JdbcTemplate jdbc;

    OverdueWeekTallies(DataSource dataSource) {
        this.rows = new TallyRows(dataSource);
        this.jdbc = new JdbcTemplate(dataSource);
    }

    @PostPersist
    void listed(OverdueWeek week) {
        Map<String, Object> office = jdbc.queryForMap("select coalesce(routed_to, '') routed_to,"
                + " coalesce(unit_code, '') unit_code from message where id = ?", week.messageId());
        rows.add("overdue_week_tally", List.of("week_start", "routed_to", "unit_code"),
                List.of(week.weekStart(), office.get("routed_to"), office.get("unit_code")), List.of("n"), List.of(1));
    }
}
