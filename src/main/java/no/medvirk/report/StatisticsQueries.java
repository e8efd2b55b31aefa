package no.medvirk.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * M12: the statistics as grouped counts from Medvirk's own tables, never the engine's history. Each
 * query reads one period of days through an index; the arithmetic (shares, percentiles, weeks) is done
 * on the few grouped rows in {@link Statistics}. The same SQL runs on H2 and PostgreSQL.
 *
 * <p>Grouped so that few rows come back however long the period: the messages by day and kind, and
 * separately by everything else the report breaks them down by (grouping by both at once gave 80,000
 * rows a year). The days and the contact figures are read from indexes that hold every column they
 * need (V9); the breakdown reads the rows, and counts the satisfaction and the written feedback on the way.
 */
@Repository
class StatisticsQueries {

    /** Messages that came in, by day and kind. */
    record DayRow(LocalDate day, String kind, long count) {
    }

    /**
     * Messages that came in, by who answers them, channel, subject area and the submitter's satisfaction.
     *
     * @param feedback how many of them have a reason for dissatisfaction or an alternative proposal
     */
    record BreakdownRow(String routedTo, String unitCode, String channel, String subjectArea, String satisfaction,
                        long count, long feedback) {
    }

    /** Registered messages by how their contact went. */
    record ContactRow(int callCount, boolean cardSent, boolean contacted, Integer contactDays, boolean withinDeadline,
                      boolean decided, long count) {
    }

    record FeedbackRow(String caseNumber, LocalDate day, String routedTo, String unitCode, String satisfaction,
                       String reason, String proposal) {
    }

    record OverdueRow(String routedTo, String unitCode, LocalDate weekStart, long count) {
    }

    record EscalationRow(String routedTo, String unitCode, Instant escalatedAt) {
    }

    record InputRow(String unitCode, String status, long count) {
    }

    private final NamedParameterJdbcTemplate jdbc;

    StatisticsQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<DayRow> days(ReportFilter filter) {
        return jdbc.query("""
                select received_day, kind, count(*) n
                from message m where received_day between :from and :to
                %s group by received_day, kind""".formatted(units(filter, "m")),
                parameters(filter), (rs, i) -> new DayRow(rs.getObject(1, LocalDate.class), rs.getString(2),
                        rs.getLong(3)));
    }

    List<BreakdownRow> breakdown(ReportFilter filter) {
        return jdbc.query("""
                select routed_to, unit_code, channel, subject_area, satisfaction, count(*) n,
                       sum(case when dissatisfaction_reason is not null or alternative_proposal is not null
                           then 1 else 0 end) feedback
                from message m where received_day between :from and :to
                %s group by routed_to, unit_code, channel, subject_area, satisfaction""".formatted(units(filter, "m")),
                parameters(filter), (rs, i) -> new BreakdownRow(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getLong(6), rs.getLong(7)));
    }

    /**
     * {@code now} decides which open messages are past their deadline already. Messages that could not
     * be answered at all (anonymous, no address: answered by NONE) had no one to contact and are left out.
     */
    List<ContactRow> contact(ReportFilter filter, Instant now) {
        return jdbc.query("""
                select call_count, card_sent, reached, contact_days, in_time, decided, count(*) n from (
                  select call_count, contact_days,
                         case when card_sent_at is null then 0 else 1 end card_sent,
                         case when contacted_at is null then 0 else 1 end reached,
                         case when contacted_at <= contact_deadline then 1 else 0 end in_time,
                         case when contacted_at is not null or contact_deadline < :now then 1 else 0 end decided
                  from message m where received_day between :from and :to and contact_deadline is not null
                    and (answered_by is null or answered_by <> 'NONE')
                  %s) c
                group by call_count, card_sent, reached, contact_days, in_time, decided""".formatted(units(filter, "m")),
                parameters(filter).addValue("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC)),
                (rs, i) -> new ContactRow(rs.getInt(1), rs.getInt(2) == 1, rs.getInt(3) == 1,
                        rs.getObject(4, Integer.class), rs.getInt(5) == 1, rs.getInt(6) == 1, rs.getLong(7)));
    }

    /** The reasons and proposals of those not fully satisfied, newest first, at most {@code limit}. */
    List<FeedbackRow> feedback(ReportFilter filter, int limit) {
        return jdbc.query("""
                select case_number, received_day, routed_to, unit_code, satisfaction, dissatisfaction_reason,
                       alternative_proposal
                from message m where received_day between :from and :to
                 and (dissatisfaction_reason is not null or alternative_proposal is not null)
                %s order by received_day desc, case_year desc, case_sequence desc fetch first :limit rows only""".formatted(units(filter, "m")),
                parameters(filter).addValue("limit", limit), (rs, i) -> new FeedbackRow(rs.getString(1),
                        rs.getObject(2, LocalDate.class), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getString(7)));
    }

    /** Messages on an overdue list, by the week of the list (each counts once a week). */
    List<OverdueRow> overdue(ReportFilter filter) {
        return jdbc.query("""
                select m.routed_to, m.unit_code, o.week_start, count(*) n
                from overdue_week o join message m on m.id = o.message_id
                where o.week_start between :from and :to
                %s group by m.routed_to, m.unit_code, o.week_start""".formatted(units(filter, "m")),
                parameters(filter), (rs, i) -> new OverdueRow(rs.getString(1), rs.getString(2),
                        rs.getObject(3, LocalDate.class), rs.getLong(4)));
    }

    /** Escalations to the chief executive in the period: few, so their weeks are counted in Java (Oslo time). */
    List<EscalationRow> escalations(ReportFilter filter, Instant from, Instant to) {
        return jdbc.query("""
                select routed_to, unit_code, escalated_at
                from message m where escalated_at >= :start and escalated_at < :end
                %s""".formatted(units(filter, "m")),
                parameters(filter).addValue("start", OffsetDateTime.ofInstant(from, ZoneOffset.UTC))
                        .addValue("end", OffsetDateTime.ofInstant(to, ZoneOffset.UTC)),
                (rs, i) -> new EscalationRow(rs.getString(1), rs.getString(2),
                        rs.getObject(3, OffsetDateTime.class).toInstant()));
    }

    /** Inputs from the dialogue meetings held in the period, by unit and follow-up status. */
    List<InputRow> dialogueInputs(ReportFilter filter) {
        return jdbc.query("""
                select i.unit_code, i.follow_up_status, count(*) n
                from dialogue_input i join dialogue_meeting d on d.id = i.meeting_id
                where d.meeting_date between :from and :to
                %s group by i.unit_code, i.follow_up_status""".formatted(units(filter, "i")),
                parameters(filter), (rs, i) -> new InputRow(rs.getString(1), rs.getString(2), rs.getLong(3)));
    }

    private static String units(ReportFilter filter, String table) {
        return filter.allUnits() ? "" : " and " + table + ".unit_code in (:units)";
    }

    private static MapSqlParameterSource parameters(ReportFilter filter) {
        MapSqlParameterSource parameters = new MapSqlParameterSource().addValue("from", filter.from())
                .addValue("to", filter.to());
        if (!filter.allUnits()) {
            parameters.addValue("units", filter.units());
        }
        return parameters;
    }
}
