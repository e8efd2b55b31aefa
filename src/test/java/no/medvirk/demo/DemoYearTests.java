package no.medvirk.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.medvirk.MedvirkTest;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Six weeks of 2018 scaled down to 120 messages, driven through the real processes: the records must
 * have the year's shape. 2018 is this test's own year: no other test's messages are due then.
 */
@MedvirkTest
class DemoYearTests {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    private static final LocalDate FROM = LocalDate.of(2018, 2, 26);
    private static final Instant UNTIL = LocalDateTime.of(2018, 4, 9, 16, 0).atZone(OSLO).toInstant();
    private static final Timestamp START = Timestamp.from(FROM.atStartOfDay(OSLO).toInstant());
    private static final Timestamp END = Timestamp.from(UNTIL);

    @Autowired
    DemoYear demoYear;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    ManagementService managementService;
    @Autowired
    HistoryService historyService;

    @AfterEach
    void leaveNothingOpen() {
        ClockUtil.reset();
        runtimeService.createProcessInstanceQuery().processInstanceBusinessKeyLike("18/%").list()
                .forEach(p -> runtimeService.deleteProcessInstance(p.getId(), "test over"));
        Date nextYear = Date.from(LocalDate.of(2019, 1, 1).atStartOfDay(OSLO).toInstant());
        for (String key : List.of("weekly-due-lists-timer", "weekly-due-lists")) {
            historyService.createHistoricProcessInstanceQuery().processDefinitionKey(key).startedBefore(nextYear)
                    .unfinished().list().stream()
                    .filter(p -> runtimeService.createProcessInstanceQuery().processInstanceId(p.getId()).count() > 0)
                    .forEach(p -> runtimeService.deleteProcessInstance(p.getId(), "test over"));
        }
        // Open records would be overdue on the due lists of the other tests' years.
        jdbc.update("update message set status = 'CLOSED', closed_at = ? where case_year = 2018 and status <> 'CLOSED'",
                Timestamp.from(Instant.now()));
    }

    @Test
    void shouldDriveAPeriodOfMessagesInTheShapeOfTheYear() {
        DemoYear.Result result = demoYear.drive(FROM, UNTIL, 120, 2018);

        assertThat(Duration.between(ClockUtil.now().toInstant(), Instant.now()).abs()).isLessThan(Duration.ofMinutes(1));
        int messages = count("1 = 1");
        assertThat(messages).isEqualTo(result.messages()).isBetween(110, 120);
        assertThat(count("unit_code = 'vei'")).as("roads").isGreaterThan(messages / 2);
        double complaintsToPraise = (double) count("kind = 'COMPLAINT'") / count("kind = 'PRAISE'");
        assertThat(complaintsToPraise).isBetween(2.0, 4.0);
        assertThat(count("kind in ('QUESTION', 'SUGGESTION')")).isGreaterThan(messages / 2);
        assertThat(count("channel in ('WEB', 'EMAIL', 'PHONE')")).isGreaterThan(messages / 3);
        assertThat(count("channel in ('CARD', 'LETTER', 'FAX', 'IN_PERSON', 'OPEN311')")).isPositive();

        Map<Long, Boolean> firstCallReached = new LinkedHashMap<>();
        jdbc.query("select c.message_id, c.reached from call_attempt c join message m on m.id = c.message_id "
                        + "where m.received_at >= ? and m.received_at < ? order by c.attempted_at, c.id",
                rs -> {
                    firstCallReached.putIfAbsent(rs.getLong(1), rs.getBoolean(2));
                }, START, END);
        assertThat(firstCallReached.values().stream().filter(reached -> reached).count())
                .as("reached on the first call").isGreaterThan(firstCallReached.size() / 2);
        assertThat(count("card_sent_at is not null")).as("contact cards").isPositive();
        assertThat(count("escalated_at is not null")).as("escalated to the chief executive").isPositive();
        assertThat(count("times_overdue > 0")).as("on an overdue list").isGreaterThan(count("escalated_at is not null"));
        assertThat(count("satisfaction = 'SATISFIED'")).isGreaterThan(count("satisfaction in ('PARTLY', 'DISSATISFIED')"));
        assertThat(count("satisfaction = 'DISSATISFIED' and dissatisfaction_reason is not null "
                + "and alternative_proposal is not null")).isEqualTo(count("satisfaction = 'DISSATISFIED'"));
        assertThat(count("status <> 'CLOSED'")).as("still open").isEqualTo(result.stillOpen()).isPositive();
        assertThat(count("status <> 'CLOSED' and received_at < ?", Timestamp.from(UNTIL.minus(Duration.ofDays(30)))))
                .as("open from long ago").isLessThan(count("status <> 'CLOSED'") / 3);

        List<String> caseNumbers = jdbc.queryForList("select case_number from message where received_at >= ? "
                + "and received_at < ?", String.class, START, END);
        for (String caseNumber : caseNumbers) {
            ProcessInstance instance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
                    .singleResult();
            String status = jdbc.queryForObject("select status from message where case_number = ?", String.class,
                    caseNumber);
            if (instance == null) {
                assertThat(status).as(caseNumber).isEqualTo("CLOSED");
            } else {
                assertThat(status).as(caseNumber).isNotEqualTo("CLOSED");
                assertThat(taskService.createTaskQuery().processInstanceId(instance.getId()).count()).as(caseNumber)
                        .isOne();
                assertThat(runtimeService.createIncidentQuery().processInstanceId(instance.getId()).count()).isZero();
                assertThat(managementService.createJobQuery().processInstanceId(instance.getId()).withException()
                        .count()).isZero();
            }
        }
        // The e-mails of the demo are kept in the outbox, and never sent.
        assertThat(jdbc.queryForObject("select count(*) from outbox_mail where created_at >= ? and created_at < ?",
                Integer.class, START, END)).isPositive();
        assertThat(jdbc.queryForObject("select count(*) from outbox_mail where created_at >= ? and created_at < ? "
                + "and (sent_at is not null or claimed_until < ?)", Integer.class, START, END,
                Timestamp.from(Instant.parse("9999-01-01T00:00:00Z")))).isZero();
    }

    private int count(String condition, Object... more) {
        Object[] arguments = new Object[2 + more.length];
        arguments[0] = START;
        arguments[1] = END;
        System.arraycopy(more, 0, arguments, 2, more.length);
        return jdbc.queryForObject("select count(*) from message where received_at >= ? and received_at < ? and ("
                + condition + ")", Integer.class, arguments);
    }
}
