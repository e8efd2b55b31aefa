package no.medvirk.message;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import no.medvirk.MedvirkTest;
import no.medvirk.message.MessageInput.SubmitterInput;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The statistics' tallies (V22, {@link MessageTallies}) stay what counting the messages gives, as a
 * message goes through its lifecycle: registered, corrected, routed, called, on an overdue list, sent to the
 * mayor and back, contacted with the submitter's dissatisfaction, closed, reopened and anonymised by the retention.
 */
@MedvirkTest
class MessageTalliesTests {

    /** The tallies as V22 fills them from the messages, and as they are kept; rows that count nothing left out. */
    private static final String DAYS_COUNTED = """
            select received_day, unit_code, kind, count(*)
            from (select received_day, coalesce(unit_code, '') unit_code, coalesce(kind, '') kind from message) m
            group by received_day, unit_code, kind""";
    private static final String DAYS_KEPT = "select received_day, unit_code, kind, n from message_day_tally where n <> 0";
    private static final String MONTHS_COUNTED = """
            select received_month, routed_to, unit_code, channel, subject_area, place_area, satisfaction, count(*), sum(feedback)
            from (select cast(extract(year from received_day) as integer) * 100
                         + cast(extract(month from received_day) as integer) received_month,
                         coalesce(routed_to, '') routed_to, coalesce(unit_code, '') unit_code, channel,
                         coalesce(subject_area, '') subject_area, coalesce(place_area, '') place_area,
                         coalesce(satisfaction, '') satisfaction,
                         case when dissatisfaction_reason is not null or alternative_proposal is not null then 1 else 0 end feedback
                  from message) m
            group by received_month, routed_to, unit_code, channel, subject_area, place_area, satisfaction""";
    private static final String MONTHS_KEPT = """
            select received_month, routed_to, unit_code, channel, subject_area, place_area, satisfaction, n, feedback
            from message_month_tally where n <> 0""";
    private static final String CONTACTS_COUNTED = """
            select received_month, unit_code, call_count, card_sent, contact_days, in_time, count(*)
            from (select cast(extract(year from received_day) as integer) * 100
                         + cast(extract(month from received_day) as integer) received_month,
                         coalesce(unit_code, '') unit_code, call_count,
                         case when card_sent_at is null then 0 else 1 end card_sent, contact_days,
                         case when contacted_at <= contact_deadline then 1 else 0 end in_time
                  from message
                  where contacted_at is not null and contact_deadline is not null
                    and (answered_by is null or answered_by not in ('NONE', 'PASSED_ON', 'DUPLICATE'))) m
            group by received_month, unit_code, call_count, card_sent, contact_days, in_time""";
    private static final String CONTACTS_KEPT = """
            select received_month, unit_code, call_count, card_sent, contact_days, in_time, n
            from message_month_contact where n <> 0""";

    private static final String OVERDUE_COUNTED = """
            select week_start, routed_to, unit_code, count(*)
            from (select o.week_start, coalesce(m.routed_to, '') routed_to, coalesce(m.unit_code, '') unit_code
                  from overdue_week o join message m on m.id = o.message_id) w
            group by week_start, routed_to, unit_code""";
    private static final String OVERDUE_KEPT = "select week_start, routed_to, unit_code, n from overdue_week_tally where n <> 0";

    @Autowired
    MessageCases cases;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    MessageRegistration registration;
    @Autowired
    Messages messages;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transaction;

    String caseNumber;

    @AfterEach
    void endTheCase() {
        if (caseNumber != null) {
            cases.end(List.of(caseNumber));
        }
    }

    @Test
    void shouldKeepTheTalliesEqualToACountOfTheMessagesThroughoutTheLifecycle() {
        List<List<String>> before = kept();
        caseNumber = registration.register(new MessageInput("EMAIL", null, "Hullet i Storgata er blitt større.",
                "COMPLAINT", "Vei og trafikk", false, false, new SubmitterInput("Test Innmelder", null, "90000099", null)))
                .getCaseNumber();
        List<List<String>> registered = assertKeptAsCounted();
        assertThat(registered).isNotEqualTo(before);

        change(m -> m.correct(Channel.PHONE, m.getReceivedAt().minus(40, ChronoUnit.DAYS), m.getText(), m.getSubmitter()));
        List<List<String>> corrected = assertKeptAsCounted();
        assertThat(corrected).isNotEqualTo(registered);

        cases.routed(caseNumber);
        assertKeptAsCounted();
        cases.completeTask(caseNumber, Map.of("caseworker", "kari"));
        cases.completeTask(caseNumber, Map.of("reached", "false"));
        List<List<String>> called = assertKeptAsCounted();

        try {
            ClockUtil.setCurrentTime(Date.from(Instant.now().plus(20, ChronoUnit.DAYS)));
            assertThat(rest.withBasicAuth("servicesenter", "demo").postForEntity("/api/due-lists", null, String.class)
                    .getStatusCode()).isEqualTo(HttpStatus.CREATED);
        } finally {
            ClockUtil.reset();
        }
        assertThat(messages.get(caseNumber).getTimesOverdue()).isEqualTo(1);
        List<List<String>> overdue = assertKeptAsCounted();
        assertThat(overdue).isNotEqualTo(called);
        change(m -> m.route(RoutedTo.MAYOR, null));
        assertThat(assertKeptAsCounted().get(3)).isNotEqualTo(overdue.get(3));
        change(m -> m.route(RoutedTo.UNIT, "vei"));
        assertThat(assertKeptAsCounted().get(3)).isEqualTo(overdue.get(3));

        cases.completeTask(caseNumber, Map.of("reached", "true", "answer", "Vi fyller hullet neste uke.",
                "satisfaction", "DISSATISFIED", "dissatisfactionReason", "For sent", "alternativeProposal", "Merk hullet nå"));
        List<List<String>> contacted = assertKeptAsCounted();
        assertThat(contacted).isNotEqualTo(called);
        assertThat(messages.get(caseNumber).getContactedAt()).isNotNull();

        cases.completeTask(caseNumber, Map.of());
        change(m -> m.reopen(Instant.now().atZone(no.medvirk.time.EngineClock.OSLO)));
        assertKeptAsCounted();

        List<List<String>> beforeRetention = kept();
        change(m -> m.anonymise(Instant.now()));
        assertThat(assertKeptAsCounted()).isEqualTo(beforeRetention);
    }

    private void change(java.util.function.Consumer<Message> change) {
        transaction.executeWithoutResult(t -> change.accept(messages.get(caseNumber)));
    }

    /** Every tally row as kept, and asserts it is what counting the messages gives. */
    private List<List<String>> assertKeptAsCounted() {
        assertThat(rows(DAYS_KEPT)).containsExactlyInAnyOrderElementsOf(rows(DAYS_COUNTED));
        assertThat(rows(MONTHS_KEPT)).containsExactlyInAnyOrderElementsOf(rows(MONTHS_COUNTED));
        assertThat(rows(CONTACTS_KEPT)).containsExactlyInAnyOrderElementsOf(rows(CONTACTS_COUNTED));
        assertThat(rows(OVERDUE_KEPT)).containsExactlyInAnyOrderElementsOf(rows(OVERDUE_COUNTED));
        return kept();
    }

    private List<List<String>> kept() {
        return List.of(sorted(DAYS_KEPT), sorted(MONTHS_KEPT), sorted(CONTACTS_KEPT), sorted(OVERDUE_KEPT));
    }

    private List<String> sorted(String sql) {
        return rows(sql).stream().sorted().toList();
    }

    private List<String> rows(String sql) {
        return jdbc.query(sql, (rs, i) -> {
            StringBuilder row = new StringBuilder();
            for (int c = 1; c <= rs.getMetaData().getColumnCount(); c++) {
                row.append(rs.getString(c)).append('|');
            }
            return row.toString();
        });
    }
}
