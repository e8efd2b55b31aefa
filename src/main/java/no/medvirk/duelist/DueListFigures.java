package no.medvirk.duelist;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * M12: the overdue lists counted for the statistics. The overdue weeks are the due lists'; who a
 * message belongs to is on the message, which the due lists are made from. Read from V22's tally by week
 * and by who answers the message now, kept as weeks are listed and messages change (OverdueWeekTallies).
 */
@Repository
public class DueListFigures {

    public record OverdueRow(String routedTo, String unitCode, LocalDate weekStart, long count) {
    }

    private final NamedParameterJdbcTemplate jdbc;

    DueListFigures(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Messages on an overdue list, by the week of the list (each counts once a week), for the weeks
     * starting from {@code from} to {@code to}, of these unit codes or, when null, of all.
     */
    public List<OverdueRow> overdue(LocalDate from, LocalDate to, List<String> units) {
        MapSqlParameterSource parameters = new MapSqlParameterSource().addValue("from", from).addValue("to", to);
        if (units != null) {
            parameters.addValue("units", units);
        }
        return jdbc.query("""
                select nullif(routed_to, ''), nullif(unit_code, ''), week_start, sum(n)
                from overdue_week_tally
                where week_start between :from and :to
                %s group by routed_to, unit_code, week_start having sum(n) > 0""".formatted(
                        units == null ? "" : " and unit_code in (:units)"),
                parameters, (rs, i) -> new OverdueRow(rs.getString(1), rs.getString(2),
                        rs.getObject(3, LocalDate.class), rs.getLong(4)));
    }
}
