package no.medvirk.message;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import no.medvirk.engine.Databases;
import no.medvirk.organisation.OrganisationGroups;
import no.medvirk.web.CurrentUser;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * "Saker": finds the messages a caller may read ({@link MessageAccess}'s rule, as SQL) by case number, words of
 * the text and the submitter's name, phone or e-mail. Whoever may read a record sees its submitter on the
 * case page, so the same readers may find it by them; the result itself holds no contact details.
 *
 * <p>On PostgreSQL the text is searched with the Norwegian full-text configuration (each word also as a
 * prefix), names and e-mail addresses with trigrams, phone numbers by their digits, all on the indexes of
 * db/postgresql. H2 compares lower-cased text with LIKE, which serves a municipality's first years.
 */
@Component
class MessageSearch {

    /** A found message, without the submitter: the first words of the text and where it stands. */
    record Found(String caseNumber, MessageStatus status, Instant receivedAt, Kind kind, String subjectArea,
                 String unit, Channel channel, Instant contactDeadline, String caseworker, Instant closedAt,
                 String duplicateOf, String excerpt, boolean overdue) {
    }

    /**
     * A page of what was found, and how many were found in all: exact up to {@link #COUNTED}; beyond that
     * {@code total} is {@link #COUNTED} and {@code more} is true (counting every match of a common word among a
     * million messages took longer than the search itself).
     */
    record Result(List<Found> items, long total, boolean more) {
    }

    static final int COUNTED = 10_000;

    static final int EXCERPT = 80;
    private static final Pattern CASE_NUMBER = Pattern.compile("\\d{1,2}/\\d*");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private final NamedParameterJdbcTemplate jdbc;
    private final IdentityService identityService;
    private final Clock clock;
    private final boolean postgres;

    MessageSearch(NamedParameterJdbcTemplate jdbc, DataSource dataSource, IdentityService identityService, Clock clock) {
        this.jdbc = jdbc;
        this.identityService = identityService;
        this.clock = clock;
        this.postgres = Databases.isPostgres(dataSource);
    }

    /** The units whose messages the groups may read; null: every message (service centre, administrators). */
    static List<String> readableUnits(List<String> groups) {
        if (groups.contains(Groups.CAMUNDA_ADMIN) || groups.contains(OrganisationGroups.SERVICE_CENTRE)) {
            return null;
        }
        return groups.stream().filter(g -> g.startsWith("unit-") && !g.endsWith("-leaders"))
                .map(g -> g.substring("unit-".length())).toList();
    }

    /**
     * What the current caller may find of the query.
     *
     * @throws ResponseStatusException 403 when the query names a unit whose messages the caller may not read
     */
    Result find(CaseQuery query) {
        List<String> groups = CurrentUser.groups(identityService);
        List<String> units = readableUnits(groups);
        if (query.unit() != null && units != null && !units.contains(query.unit())) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN,
                    "Du kan bare søke blant sakene til dine egne enheter.");
        }
        return search(query, groups, clock.instant());
    }

    Result search(CaseQuery query, List<String> groups, Instant now) {
        MapSqlParameterSource p = new MapSqlParameterSource();
        String where = where(query, groups, now, p);
        long counted = jdbc.queryForObject("select count(*) from (select 1 from message m where " + where
                + " limit " + (COUNTED + 1) + ") c", p, Long.class);
        long total = Math.min(counted, COUNTED);
        if (total == 0) {
            return new Result(List.of(), 0, false);
        }
        p.addValue("limit", query.size()).addValue("offset", query.offset());
        String order = order(query.sort());
        String columns = """
                case_number, status, received_at, kind, subject_area, unit_code, channel, contact_deadline,
                caseworker, closed_at, duplicate_of, substring(text, 1, %d) excerpt,
                case when status <> 'CLOSED' and contact_deadline < :now then 1 else 0 end overdue""".formatted(EXCERPT + 1);
        String sql = postgres && counted <= COUNTED
                // Few matches: PostgreSQL would walk the whole received_at index looking for them (23 s for one
                // phone number among a million); finding them first through the search indexes and sorting
                // those few is what a caller waits for.
                ? """
                  with found as materialized (select id, received_at, contact_deadline, case_year, case_sequence
                                              from message m where %s),
                       page as (select id from found order by %s limit :limit offset :offset)
                  select %s from message m where m.id in (select id from page) order by %s"""
                        .formatted(where, order, columns, order)
                : "select %s from message m where %s order by %s limit :limit offset :offset"
                        .formatted(columns, where, order);
        List<Found> items = jdbc.query(sql, p, (rs, i) -> new Found(
                rs.getString(1), MessageStatus.valueOf(rs.getString(2)), instant(rs.getObject(3, OffsetDateTime.class)),
                rs.getString(4) == null ? null : Kind.valueOf(rs.getString(4)), rs.getString(5), rs.getString(6),
                Channel.valueOf(rs.getString(7)), instant(rs.getObject(8, OffsetDateTime.class)), rs.getString(9),
                instant(rs.getObject(10, OffsetDateTime.class)), rs.getString(11), excerpt(rs.getString(12)),
                rs.getInt(13) == 1));
        return new Result(items, total, counted > COUNTED);
    }

    private String where(CaseQuery q, List<String> groups, Instant now, MapSqlParameterSource p) {
        List<String> and = new ArrayList<>();
        p.addValue("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
        List<String> units = readableUnits(groups);
        if (units != null) {
            // MessageAccess.canRead: the mayor's messages to the mayor's office, the others to their units.
            String unitRule = units.isEmpty() ? "1 = 0" : "(m.routed_to <> 'MAYOR' and m.unit_code in (:readableUnits))";
            p.addValue("readableUnits", units.isEmpty() ? List.of("") : units);
            and.add(groups.contains(OrganisationGroups.MAYOR) ? "(m.routed_to = 'MAYOR' or " + unitRule + ")"
                    : "(" + unitRule + ")");
        }
        if (q.text() != null) {
            and.add(textCondition(q.text(), p));
        }
        if (q.openOnly()) {
            and.add("m.status <> 'CLOSED'");
        }
        if (q.status() != null) {
            and.add("m.status = :status");
            p.addValue("status", q.status().name());
        }
        if (q.unit() != null) {
            and.add("m.unit_code = :unit");
            p.addValue("unit", q.unit());
        }
        if (q.subjectArea() != null) {
            and.add("m.subject_area = :subjectArea");
            p.addValue("subjectArea", q.subjectArea());
        }
        if (q.kind() != null) {
            and.add("m.kind = :kind");
            p.addValue("kind", q.kind().name());
        }
        if (q.channel() != null) {
            and.add("m.channel = :channel");
            p.addValue("channel", q.channel().name());
        }
        if (q.from() != null) {
            and.add("m.received_day >= :from");
            p.addValue("from", q.from());
        }
        if (q.to() != null) {
            and.add("m.received_day <= :to");
            p.addValue("to", q.to());
        }
        if (q.overdueOnly()) {
            and.add("m.status <> 'CLOSED' and m.contact_deadline < :now");
        }
        return and.isEmpty() ? "1 = 1" : String.join(" and ", and);
    }

    /** The case number, words of the text, or the submitter's name, e-mail address or phone number. */
    private String textCondition(String text, MapSqlParameterSource p) {
        List<String> or = new ArrayList<>();
        String lower = text.toLowerCase(Locale.ROOT);
        if (CASE_NUMBER.matcher(text).matches()) {
            or.add("m.case_number = :caseNumber or m.case_number like :caseNumberPrefix");
            p.addValue("caseNumber", text).addValue("caseNumberPrefix", likeEscaped(text) + "%");
        }
        String digits = text.replaceAll("[^0-9]", "");
        boolean phoneLike = digits.length() >= 5 && text.matches("[0-9 +().-]+");
        p.addValue("contains", "%" + likeEscaped(lower) + "%").addValue("digits", "%" + digits + "%");
        if (postgres) {
            List<String> words = WORD.matcher(lower).results().map(r -> r.group() + ":*").toList();
            if (!words.isEmpty()) {
                // Only letters and digits reach the query's syntax: ':*' makes each word a prefix too.
                or.add("to_tsvector('norwegian', m.text) @@ to_tsquery('norwegian', :words)");
                p.addValue("words", String.join(" & ", words));
            }
            if (lower.length() >= 3) {
                or.add("lower(coalesce(m.submitter_name, '') || ' ' || coalesce(m.submitter_email, '')) like :contains");
            }
            if (phoneLike) {
                or.add("regexp_replace(coalesce(m.submitter_phone, ''), '[^0-9]', '', 'g') like :digits");
            }
        } else {
            or.add("lower(m.text) like :contains");
            or.add("lower(m.submitter_name) like :contains");
            or.add("lower(m.submitter_email) like :contains");
            if (phoneLike) {
                or.add("replace(replace(replace(m.submitter_phone, ' ', ''), '-', ''), '+', '') like :digits");
            }
        }
        return or.isEmpty() ? "1 = 0" : "(" + String.join(" or ", or) + ")";
    }

    private static String order(CaseQuery.Sort sort) {
        return sort.orderBy;
    }

    private static String likeEscaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static String excerpt(String start) {
        if (start == null) {
            return null;
        }
        String flat = start.replaceAll("\\s+", " ").strip();
        return flat.length() > EXCERPT ? flat.substring(0, EXCERPT - 1).stripTrailing() + "…" : flat;
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
