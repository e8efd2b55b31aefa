package no.medvirk.message;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * M12: the messages counted for the statistics, as grouped rows; the report works them into figures. Every
 * query takes a period of days (the Oslo day a message came in) and the unit codes to count, or null for
 * the whole municipality (then also the messages of the mayor and other authorities); the same SQL on H2
 * and PostgreSQL.
 *
 * <p>A report over years reads the tallies kept as the messages change ({@link MessageTallies}, V22): the
 * days and kinds by day, the breakdown and the contacted messages by month. The days before the period's
 * first whole month and after its last, and the messages not contacted yet (whether their deadline has
 * passed depends on when the report is asked), are counted from the messages, through the indexes of V9,
 * V10 and V22. Grouped so that few rows come back however long the period.
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

    /** Answered so that no one was waiting to be contacted: left out of the contact figures. */
    static final Set<AnsweredBy> UNCONTACTABLE = EnumSet.of(AnsweredBy.NONE, AnsweredBy.PASSED_ON, AnsweredBy.DUPLICATE);

    public List<DayRow> days(LocalDate from, LocalDate to, List<String> units) {
        return jdbc.query("""
                select received_day, nullif(kind, ''), sum(n)
                from message_day_tally m where received_day between :from and :to
                %s group by received_day, kind having sum(n) > 0""".formatted(units(units, "m")),
                parameters(from, to, units), (rs, i) -> new DayRow(rs.getObject(1, LocalDate.class), rs.getString(2),
                        rs.getLong(3)));
    }

    public List<BreakdownRow> breakdown(LocalDate from, LocalDate to, List<String> units) {
        Period period = Period.of(from, to);
        List<BreakdownRow> rows = new ArrayList<>();
        if (period.hasMonths()) {
            rows.addAll(jdbc.query("""
                    select nullif(routed_to, ''), nullif(unit_code, ''), channel, nullif(subject_area, ''),
                           nullif(place_area, ''), nullif(satisfaction, ''), sum(n), sum(feedback)
                    from message_month_tally m where received_month between :first and :last
                    %s group by routed_to, unit_code, channel, subject_area, place_area, satisfaction
                    having sum(n) > 0""".formatted(units(units, "m")), period.months(units), MessageFigures::breakdownRow));
        }
        for (Days days : period.days()) {
            rows.addAll(jdbc.query("""
                    select routed_to, unit_code, channel, subject_area, place_area, satisfaction, count(*) n,
                           sum(case when dissatisfaction_reason is not null or alternative_proposal is not null
                               then 1 else 0 end) feedback
                    from message m where received_day between :from and :to
                    %s group by routed_to, unit_code, channel, subject_area, place_area, satisfaction""".formatted(units(units, "m")),
                    parameters(days.from(), days.to(), units), MessageFigures::breakdownRow));
        }
        return rows;
    }

    private static BreakdownRow breakdownRow(ResultSet rs, int i) throws SQLException {
        return new BreakdownRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getLong(7), rs.getLong(8));
    }

    /**
     * {@code now} decides which open messages are past their deadline already. Messages that could not
     * be answered at all (anonymous, no address: answered by NONE), and praise the rules pass on without a
     * call (PASSED_ON), had no one to contact and are left out; so are duplicates (DUPLICATE), answered through
     * the case they joined. The contacted messages of whole months come from their tally, the others from the
     * messages: whether their deadline has passed depends on {@code now}.
     */
    public List<ContactRow> contact(LocalDate from, LocalDate to, List<String> units, Instant now) {
        Period period = Period.of(from, to);
        List<ContactRow> rows = new ArrayList<>();
        if (period.hasMonths()) {
            rows.addAll(jdbc.query("""
                    select call_count, card_sent, contact_days, in_time, sum(n)
                    from message_month_contact m where received_month between :first and :last
                    %s group by call_count, card_sent, contact_days, in_time having sum(n) > 0""".formatted(units(units, "m")),
                    period.months(units), (rs, i) -> new ContactRow(rs.getInt(1), rs.getInt(2) == 1, true,
                            rs.getInt(3), rs.getInt(4) == 1, true, rs.getLong(5))));
            rows.addAll(contactOfMessages(period.firstDay(), period.lastDay(), units, now, "and contacted_at is null"));
        }
        for (Days days : period.days()) {
            rows.addAll(contactOfMessages(days.from(), days.to(), units, now, ""));
        }
        return rows;
    }

    private List<ContactRow> contactOfMessages(LocalDate from, LocalDate to, List<String> units, Instant now,
                                               String which) {
        return jdbc.query("""
                select call_count, card_sent, reached, contact_days, in_time, decided, count(*) n from (
                  select call_count, contact_days,
                         case when card_sent_at is null then 0 else 1 end card_sent,
                         case when contacted_at is null then 0 else 1 end reached,
                         case when contacted_at <= contact_deadline then 1 else 0 end in_time,
                         case when contacted_at is not null or contact_deadline < :now then 1 else 0 end decided
                  from message m where received_day between :from and :to and contact_deadline is not null
                    and (answered_by is null or answered_by not in ('NONE', 'PASSED_ON', 'DUPLICATE'))
                  %s %s) c
                group by call_count, card_sent, reached, contact_days, in_time, decided""".formatted(which, units(units, "m")),
                parameters(from, to, units).addValue("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC)),
                (rs, i) -> new ContactRow(rs.getInt(1), rs.getInt(2) == 1, rs.getInt(3) == 1,
                        rs.getObject(4, Integer.class), rs.getInt(5) == 1, rs.getInt(6) == 1, rs.getLong(7)));
    }

    /** Some days, both included. */
    private record Days(LocalDate from, LocalDate to) {
    }

    /**
     * A report's period as the whole months in it ({@code firstDay} to {@code lastDay}, read from the tallies)
     * and the days before and after them (read from the messages); no whole month: all its days.
     */
    private record Period(LocalDate firstDay, LocalDate lastDay, List<Days> days) {

        static Period of(LocalDate from, LocalDate to) {
            LocalDate first = from.getDayOfMonth() == 1 ? from : from.plusMonths(1).withDayOfMonth(1);
            LocalDate end = to.plusDays(1).withDayOfMonth(1);
            if (!first.isBefore(end)) {
                return new Period(null, null, List.of(new Days(from, to)));
            }
            List<Days> days = new ArrayList<>();
            if (from.isBefore(first)) {
                days.add(new Days(from, first.minusDays(1)));
            }
            if (!end.isAfter(to)) {
                days.add(new Days(end, to));
            }
            return new Period(first, end.minusDays(1), days);
        }

        boolean hasMonths() {
            return firstDay != null;
        }

        MapSqlParameterSource months(List<String> units) {
            return unitParameter(new MapSqlParameterSource().addValue("first", MessageTallies.month(firstDay))
                    .addValue("last", MessageTallies.month(lastDay)), units);
        }
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
