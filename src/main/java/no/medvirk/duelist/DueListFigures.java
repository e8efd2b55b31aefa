package no.medvirk.duelist;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * M12: the overdue lists counted for the statistics. The overdue weeks are the due lists'; who a
 * message belongs to is on the message, which the due lists are made from.
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
                select m.routed_to, m.unit_code, o.week_start, count(*) n
                from overdue_week o join message m on m.id = o.message_id
                where o.week_start between :from and :to
                %s group by m.routed_to, m.unit_code, o.week_start""".formatted(
                        units == null ? "" : " and m.unit_code in (:units)"),
                parameters, (rs, i) -> new OverdueRow(rs.getString(1), rs.getString(2),
                        rs.getObject(3, LocalDate.class), rs.getLong(4)));
    }
}
