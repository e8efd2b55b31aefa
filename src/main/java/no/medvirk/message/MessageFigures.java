package no.medvirk.message;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * M12: the messages counted for the statistics, as grouped rows from the message table; the report
 * works them into figures. Each query reads one period of days (the Oslo day a message came in)
 * through an index, the same SQL on H2 and PostgreSQL. Every query takes the unit codes to count, or
 * null for the whole municipality (then also the messages of the mayor and other authorities).
 *
 * <p>Grouped so that few rows come back however long the period: the messages by day and kind, and
 * separately by everything else the report breaks them down by (grouping by both at once gave 80,000
 * rows a year). The days and the contact figures are read from indexes that hold every column they
 * need (V9); the breakdown reads the rows, and counts the satisfaction and the written feedback on the way.
 */
@Repository
public class MessageFigures {

    /** Messages that came in, by day and kind. */
    public record DayRow(LocalDate day, String kind, long count) {
    }

    /**
     * Messages that came in, by who answers them, channel, subject area, area (the district of the place's
     * point: {@link Districts}; null without a point) and the submitter's satisfaction.
     *
     * @param feedback how many of them have a reason for dissatisfaction or an alternative proposal
     */
    public record BreakdownRow(String routedTo, String unitCode, String channel, String subjectArea, String area,
                               String satisfaction, long count, long feedback) {
    }

    /** Registered messages by how their contact went. */
    public record ContactRow(int callCount, boolean cardSent, boolean contacted, Integer contactDays,
                             boolean withinDeadline, boolean decided, long count) {
    }

    public record FeedbackRow(String caseNumber, LocalDate day, String routedTo, String unitCode, String satisfaction,
                              String reason, String proposal) {
    }

    /**
     * The citizens' own verdicts on messages that came in during the period: SURVEY (their answer to the survey
     * link) or SAMPLE (the service centre's call to the month's sample); {@code reached} false for a sampled
     * citizen not reached, {@code satisfied} null then.
     */
    public record VerdictRow(String source, boolean reached, Boolean satisfied, long count) {
    }

    public record EscalationRow(String routedTo, String unitCode, Instant escalatedAt) {
    }

    private final NamedParameterJdbcTemplate jdbc;

    MessageFigures(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<DayRow> days(LocalDate from, LocalDate to, List<String> units) {
        return jdbc.query("""
                select received_day, kind, count(*) n
                from message m where received_day between :from and :to
                %s group by received_day, kind""".formatted(units(units, "m")),
                parameters(from, to, units), (rs, i) -> new DayRow(rs.getObject(1, LocalDate.class), rs.getString(2),
                        rs.getLong(3)));
    }

    public List<BreakdownRow> breakdown(LocalDate from, LocalDate to, List<String> units) {
        return jdbc.query("""
                select routed_to, unit_code, channel, subject_area, place_area, satisfaction, count(*) n,
                       sum(case when dissatisfaction_reason is not null or alternative_proposal is not null
                           then 1 else 0 end) feedback
                from message m where received_day between :from and :to
                %s group by routed_to, unit_code, channel, subject_area, place_area, satisfaction""".formatted(units(units, "m")),
                parameters(from, to, units), (rs, i) -> new BreakdownRow(rs.getString(1), rs.getString(2),
                        rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getLong(7),
                        rs.getLong(8)));
    }

    /**
     * {@code now} decides which open messages are past their deadline already. Messages that could not
     * be answered at all (anonymous, no address: answered by NONE), and praise the rules pass on without a
     * call (PASSED_ON), had no one to contact and are left out; so are duplicates (DUPLICATE), answered through
     * the case they joined.
     */
    public List<ContactRow> contact(LocalDate from, LocalDate to, List<String> units, Instant now) {
        return jdbc.query("""
                select call_count, card_sent, reached, contact_days, in_time, decided, count(*) n from (
                  select call_count, contact_days,
                         case when card_sent_at is null then 0 else 1 end card_sent,
                         case when contacted_at is null then 0 else 1 end reached,
                         case when contacted_at <= contact_deadline then 1 else 0 end in_time,
                         case when contacted_at is not null or contact_deadline < :now then 1 else 0 end decided
                  from message m where received_day between :from and :to and contact_deadline is not null
                    and (answered_by is null or answered_by not in ('NONE', 'PASSED_ON', 'DUPLICATE'))
                  %s) c
                group by call_count, card_sent, reached, contact_days, in_time, decided""".formatted(units(units, "m")),
                parameters(from, to, units).addValue("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC)),
                (rs, i) -> new ContactRow(rs.getInt(1), rs.getInt(2) == 1, rs.getInt(3) == 1,
                        rs.getObject(4, Integer.class), rs.getInt(5) == 1, rs.getInt(6) == 1, rs.getLong(7)));
    }

    /** The reasons and proposals of those not fully satisfied, newest first, at most {@code limit}. */
    public List<FeedbackRow> feedback(LocalDate from, LocalDate to, List<String> units, int limit) {
        return jdbc.query("""
                select case_number, received_day, routed_to, unit_code, satisfaction, dissatisfaction_reason,
                       alternative_proposal
                from message m where received_day between :from and :to
                 and (dissatisfaction_reason is not null or alternative_proposal is not null)
                %s order by received_day desc, case_year desc, case_sequence desc fetch first :limit rows only""".formatted(units(units, "m")),
                parameters(from, to, units).addValue("limit", limit), (rs, i) -> new FeedbackRow(rs.getString(1),
                        rs.getObject(2, LocalDate.class), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getString(7)));
    }

    public List<VerdictRow> verdicts(LocalDate from, LocalDate to, List<String> units) {
        return jdbc.query("""
                select v.source, v.reached, v.satisfied, count(*) n
                from citizen_verdict v join message m on m.id = v.message_id
                where m.received_day between :from and :to and v.answered_at is not null
                %s group by v.source, v.reached, v.satisfied""".formatted(units(units, "m")),
                parameters(from, to, units), (rs, i) -> new VerdictRow(rs.getString(1), rs.getBoolean(2),
                        rs.getObject(3, Boolean.class), rs.getLong(4)));
    }

    /**
     * Escalations to the chief executive from {@code start} until {@code end}: few, so the report counts
     * their weeks in Java (Oslo time).
     */
    public List<EscalationRow> escalations(List<String> units, Instant start, Instant end) {
        return jdbc.query("""
                select routed_to, unit_code, escalated_at
                from message m where escalated_at >= :start and escalated_at < :end
                %s""".formatted(units(units, "m")),
                unitParameter(new MapSqlParameterSource(), units)
                        .addValue("start", OffsetDateTime.ofInstant(start, ZoneOffset.UTC))
                        .addValue("end", OffsetDateTime.ofInstant(end, ZoneOffset.UTC)),
                (rs, i) -> new EscalationRow(rs.getString(1), rs.getString(2),
                        rs.getObject(3, OffsetDateTime.class).toInstant()));
    }

    private static String units(List<String> units, String table) {
        return units == null ? "" : " and " + table + ".unit_code in (:units)";
    }

    private static MapSqlParameterSource parameters(LocalDate from, LocalDate to, List<String> units) {
        return unitParameter(new MapSqlParameterSource().addValue("from", from).addValue("to", to), units);
    }

    private static MapSqlParameterSource unitParameter(MapSqlParameterSource parameters, List<String> units) {
        return units == null ? parameters : parameters.addValue("units", units);
    }
}
