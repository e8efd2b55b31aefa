package no.medvirk;

import static no.medvirk.RestRequests.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The backup and restore of docs/operations.md: a dump ({@code pg_dump --format=custom}) of a database
 * Medvirk ran on, restored ({@code pg_restore --no-owner}) into a fresh database, and Medvirk started
 * on that: the message is there with its case, and the next one gets the next case number.
 */
@Tag("spring")
class BackupRestoreTests {

    private static final Map<String, Object> MESSAGE = Map.of("channel", "PHONE", "text", "Benken i parken er knust.",
            "kind", "COMPLAINT", "subjectArea", "Vei og trafikk", "political", false, "external", false);

    @Test
    void medvirkStartsOnARestoredDumpAndFindsItsData(@TempDir Path backups) throws Exception {
        Path dump = backups.resolve("medvirk.dump");
        String caseNumber;
        try (WebappDelegates shared = WebappDelegates.keep();
             ScratchPostgres original = ScratchPostgres.create("medvirk_backup")) {
            try (ConfigurableApplicationContext node = original.start("backup")) {
                ResponseEntity<JsonNode> registered = servicesenter(node).postForEntity("/api/messages", json(MESSAGE),
                        JsonNode.class);
                assertThat(registered.getStatusCode()).isEqualTo(HttpStatus.CREATED);
                caseNumber = registered.getBody().get("caseNumber").asText();
            }
            original.dumpTo(dump);
        }
        assertThat(Files.size(dump)).isPositive();

        try (WebappDelegates shared = WebappDelegates.keep();
             ScratchPostgres restored = ScratchPostgres.create("medvirk_restored")) {
            restored.restoreFrom(dump);
            try (ConfigurableApplicationContext node = restored.start("restored")) {
                ResponseEntity<JsonNode> found = servicesenter(node).getForEntity("/api/messages/" + caseNumber,
                        JsonNode.class);
                assertThat(found.getStatusCode()).isEqualTo(HttpStatus.OK);
                assertThat(found.getBody().get("text").asText()).isEqualTo("Benken i parken er knust.");
                ProcessEngine engine = node.getBean(ProcessEngine.class);
                assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
                        .count()).isOne();
                assertThat(engine.getIdentityService().checkPassword("kari", "demo")).isTrue();

                JsonNode next = servicesenter(node).postForEntity("/api/messages", json(MESSAGE), JsonNode.class).getBody();
                assertThat(next.get("caseNumber").asText()).isEqualTo(following(caseNumber));
            }
        }
    }

    private static TestRestTemplate servicesenter(ConfigurableApplicationContext node) {
        int port = ((WebServerApplicationContext) node).getWebServer().getPort();
        return new TestRestTemplate(new RestTemplateBuilder().rootUri("http://localhost:" + port))
                .withBasicAuth("servicesenter", "demo");
    }

    /** 26/1 → 26/2. */
    private static String following(String caseNumber) {
        int slash = caseNumber.indexOf('/');
        return caseNumber.substring(0, slash + 1) + (Integer.parseInt(caseNumber.substring(slash + 1)) + 1);
    }
}
