package no.medvirk.dialogue;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** M12: the dialogue meetings' inputs counted for the statistics. */
@Repository
public class DialogueFigures {

    public record InputRow(String unitCode, String status, long count) {
    }

    private final NamedParameterJdbcTemplate jdbc;

    DialogueFigures(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Inputs from the dialogue meetings held from {@code from} to {@code to}, by unit and follow-up
     * status, for these unit codes or, when null, all.
     */
    public List<InputRow> inputs(LocalDate from, LocalDate to, List<String> units) {
        MapSqlParameterSource parameters = new MapSqlParameterSource().addValue("from", from).addValue("to", to);
        if (units != null) {
            parameters.addValue("units", units);
        }
        return jdbc.query("""
                select i.unit_code, i.follow_up_status, count(*) n
                from dialogue_input i join dialogue_meeting d on d.id = i.meeting_id
                where d.meeting_date between :from and :to
                %s group by i.unit_code, i.follow_up_status""".formatted(
                        units == null ? "" : " and i.unit_code in (:units)"),
                parameters, (rs, i) -> new InputRow(rs.getString(1), rs.getString(2), rs.getLong(3)));
    }
}
