package no.medvirk.operations;

import static no.medvirk.RestRequests.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.medvirk.MedvirkTest;
import no.medvirk.UnitTasks;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What an operator's probes and Prometheus see: health for anyone (which checks, not their figures),
 * metrics for administrators, and gauges and counters that follow what happens.
 */
@MedvirkTest
class HealthAndMetricsTests {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void healthAnswersAnyoneWithItsChecksAndTheProbesTheirs() throws Exception {
        ResponseEntity<String> health = rest.getForEntity("/actuator/health", String.class);
        ResponseEntity<String> liveness = rest.getForEntity("/actuator/health/liveness", String.class);
        ResponseEntity<String> readiness = rest.getForEntity("/actuator/health/readiness", String.class);

        assertThat(health.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(JSON.readTree(health.getBody()).get("components").fieldNames())
                .toIterable().contains("db", "jobExecutor", "outbox", "livenessState", "readinessState");
        assertThat(liveness.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(JSON.readTree(liveness.getBody()).get("status").asText()).isEqualTo("UP");
        assertThat(readiness.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode checks = JSON.readTree(readiness.getBody()).get("components");
        assertThat(checks.fieldNames()).toIterable()
                .containsExactlyInAnyOrder("readinessState", "db", "jobExecutor", "outbox");
        assertThat(checks.get("db").get("status").asText()).isEqualTo("UP");
        // Figures (the outbox's counts) are not for everyone.
        assertThat(readiness.getBody()).doesNotContain("waiting");
    }

    @Test
    void metricsAreForAdministratorsOnly() {
        assertThat(rest.getForEntity("/actuator/prometheus", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(rest.withBasicAuth("kari", "demo").getForEntity("/actuator/prometheus", String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<String> metrics = rest.withBasicAuth("admin", "demo").getForEntity("/actuator/prometheus",
                String.class);
        assertThat(metrics.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(metrics.getBody()).contains("camunda_jobs_failed", "medvirk_outbox_waiting", "jvm_memory_used_bytes",
                "hikaricp_connections_active");
    }

    @Test
    void theGaugesAndCountersFollowWhatHappens() {
        String before = metrics();
        try (UnitTasks tasks = new UnitTasks(engine)) {
            tasks.start("vei", Date.from(Instant.now().minus(Duration.ofDays(1))));
            tasks.start("vei", Date.from(Instant.now().plus(Duration.ofDays(1))));
            String caseNumber = rest.withBasicAuth("servicesenter", "demo").postForEntity("/api/messages",
                    json(Map.of("channel", "PHONE", "text", "Skiltet ved brua er borte.", "kind", "QUESTION",
                            "subjectArea", "Vei og trafikk", "political", false, "external", false)),
                    JsonNode.class).getBody().get("caseNumber").asText();
            Incident incident = engine.getRuntimeService().createIncident("medvirkTest",
                    engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
                            .singleResult().getId(), "test");
            // The contact deadline (ten days) has passed, the submitter was never called.
            ClockUtil.setCurrentTime(Date.from(Instant.now().plus(Duration.ofDays(12))));
            String after = metrics();

            assertThat(value(after, "medvirk_tasks_open{application=\"medvirk\",group=\"unit-vei\"}"))
                    .isEqualTo(value(before, "medvirk_tasks_open{application=\"medvirk\",group=\"unit-vei\"}") + 2);
            assertThat(value(after, "medvirk_tasks_overdue{application=\"medvirk\",group=\"unit-vei\"}"))
                    .isGreaterThanOrEqualTo(value(before, "medvirk_tasks_overdue{application=\"medvirk\",group=\"unit-vei\"}") + 1);
            assertThat(value(after, "medvirk_messages_received_total{application=\"medvirk\",channel=\"PHONE\"}"))
                    .isEqualTo(value(before, "medvirk_messages_received_total{application=\"medvirk\",channel=\"PHONE\"}") + 1);
            // Other tests' messages fall due as well when the clock moves: the gauge says what the table says.
            assertThat(value(after, "medvirk_messages_overdue{application=\"medvirk\",unit=\"none\"}"))
                    .isGreaterThanOrEqualTo(value(before, "medvirk_messages_overdue{application=\"medvirk\",unit=\"none\"}") + 1)
                    .isEqualTo(jdbc.queryForObject("select count(*) from message where unit_code is null and status <> 'CLOSED'"
                            + " and contacted_at is null and contact_deadline < ?", Double.class, ClockUtil.now()));
            assertThat(value(after, "camunda_incidents{application=\"medvirk\",type=\"other\"}"))
                    .isEqualTo(value(before, "camunda_incidents{application=\"medvirk\",type=\"other\"}") + 1);
            // The engine's REST API is timed by its part, Medvirk's API by its pattern.
            assertThat(after).contains("uri=\"/api/messages\"");
            rest.withBasicAuth("kari", "demo").getForEntity("/engine-rest/task?maxResults=1", String.class);
            assertThat(metrics()).contains("uri=\"/engine-rest/**\"");

            engine.getRuntimeService().resolveIncident(incident.getId());
            engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).list()
                    .forEach(p -> engine.getRuntimeService().deleteProcessInstance(p.getId(), "test over"));
        }
    }

    private String metrics() {
        ResponseEntity<String> metrics = rest.withBasicAuth("admin", "demo").getForEntity("/actuator/prometheus", String.class);
        assertThat(metrics.getStatusCode()).isEqualTo(HttpStatus.OK);
        return metrics.getBody();
    }

    /** The value of one series in Prometheus's text format; 0 when it is not there. */
    private static double value(String metrics, String series) {
        Matcher line = Pattern.compile("^" + Pattern.quote(series) + " (\\S+)$", Pattern.MULTILINE).matcher(metrics);
        return line.find() ? Double.parseDouble(line.group(1)) : 0;
    }
}
