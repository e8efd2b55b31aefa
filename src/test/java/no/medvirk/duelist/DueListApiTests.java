package no.medvirk.duelist;

import static no.medvirk.RestRequests.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import no.medvirk.MedvirkTest;
import no.medvirk.message.MessageCases;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** The due lists over REST, as the service centre runs them, and the e-mails they send (GreenMail). */
@MedvirkTest
class DueListApiTests {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    TestRestTemplate rest;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    MessageCases cases;
    @Autowired
    GreenMail greenMail;
    @Autowired
    JdbcTemplate jdbc;

    String caseNumber;

    @AfterEach
    void closeTheMessage() {
        ClockUtil.reset();
        runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).list()
                .forEach(p -> runtimeService.deleteProcessInstance(p.getId(), "test over"));
        runtimeService.createProcessInstanceQuery().processDefinitionKey("weekly-due-lists").list()
                .forEach(p -> runtimeService.deleteProcessInstance(p.getId(), "test over"));
        jdbc.update("update message set status = 'CLOSED', closed_at = ? where case_number = ?",
                Timestamp.from(Instant.now()), caseNumber);
    }

    @Test
    void shouldListAnOverdueMessageForItsUnitAndTheChiefExecutive() throws Exception {
        var servicesenter = rest.withBasicAuth("servicesenter", "demo");
        at(2022, 1, 3, 9, 0);
        caseNumber = registeredAndAssigned();

        at(2022, 1, 17, 7, 0);
        ResponseEntity<String> first = servicesenter.postForEntity("/api/due-lists", null, String.class);
        at(2022, 1, 24, 7, 0);
        ResponseEntity<String> second = servicesenter.postForEntity("/api/due-lists", null, String.class);

        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode firstOverdue = only(JSON.readTree(first.getBody()).get("overdue"));
        assertThat(firstOverdue.get("unit").asText()).isEqualTo("vei");
        assertThat(firstOverdue.get("daysOverdue").asInt()).isEqualTo(4);
        assertThat(firstOverdue.get("timesOverdue").asInt()).isOne();
        JsonNode latest = JSON.readTree(servicesenter.getForObject("/api/due-lists/latest", String.class));
        assertThat(latest).isEqualTo(JSON.readTree(second.getBody()));
        assertThat(only(latest.get("overdue")).get("timesOverdue").asInt()).isEqualTo(2);
        assertThat(latest.get("dueThisWeek")).isEmpty();
        JsonNode record = JSON.readTree(servicesenter.getForObject("/api/messages/" + caseNumber, String.class));
        assertThat(record.get("timesOverdue").asInt()).isEqualTo(2);
        assertThat(Instant.parse(record.get("escalatedAt").asText())).isEqualTo(oslo(2022, 1, 24, 7, 0));

        MimeMessage toUnit = awaitMail("Restanser uke 3");
        assertThat(toUnit.getAllRecipients()).extracting(Object::toString).containsExactly("viggo.veiland@medvirk.example");
        MimeMessage toChief = awaitMail("Meldinger på restanselisten igjen, uke 4");
        assertThat(toChief.getAllRecipients()).extracting(Object::toString).containsExactly("kommunedirektor@medvirk.example");
        for (MimeMessage mail : List.of(toUnit, toChief)) {
            assertThat(mail.getContent().toString()).contains("Sak " + caseNumber)
                    .doesNotContain("Nina Nilsen", "90000000", "Storgata 1", "nina@example.no", "Lyset i parken");
        }
    }

    @Test
    void shouldOfferTheListAsCsvAndPdf() throws Exception {
        var servicesenter = rest.withBasicAuth("servicesenter", "demo");
        at(2022, 2, 1, 9, 0);
        caseNumber = registeredAndAssigned();
        at(2022, 2, 14, 7, 0);
        long id = JSON.readTree(servicesenter.postForEntity("/api/due-lists", null, String.class).getBody())
                .get("id").asLong();

        ResponseEntity<byte[]> csv = servicesenter.getForEntity("/api/due-lists/" + id + ".csv", byte[].class);
        ResponseEntity<byte[]> pdf = servicesenter.getForEntity("/api/due-lists/" + id + ".pdf", byte[].class);

        assertThat(csv.getHeaders().getContentType().toString()).startsWith("text/csv");
        String text = new String(csv.getBody(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        List<CSVRecord> rows = CSVFormat.EXCEL.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text.substring(1))).getRecords();
        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.get("Status")).isEqualTo("Over fristen");
            assertThat(row.get("Sak")).isEqualTo(caseNumber);
            assertThat(row.get("Ansvarlig")).isEqualTo("Vei, park og idrett");
            assertThat(row.get("Saksbehandler")).isEqualTo("Kari Nordmann");
            assertThat(row.get("Dager over frist")).isEqualTo("3");
        });
        try (PDDocument document = Loader.loadPDF(pdf.getBody())) {
            assertThat(new PDFTextStripper().getText(document)).contains("forfallsliste uke 7", caseNumber,
                    "Kari Nordmann", "Over fristen (1)");
        }
    }

    @Test
    void shouldLetOnlyTheServiceCentreRunTheList() {
        assertThat(rest.withBasicAuth("kari", "demo").postForEntity("/api/due-lists", null, String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(rest.withBasicAuth("kari", "demo").getForEntity("/api/due-lists/latest", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(rest.postForEntity("/api/due-lists", null, String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        caseNumber = "none";
    }

    private String registeredAndAssigned() throws Exception {
        var created = rest.withBasicAuth("servicesenter", "demo").postForEntity("/api/messages", json(Map.of(
                "channel", "PHONE", "text", "Lyset i parken er slukket.", "kind", "QUESTION", "subjectArea", "Gatelys",
                "submitter", Map.of("name", "Nina Nilsen", "address", "Storgata 1", "phone", "90000000",
                        "email", "nina@example.no"))), String.class);
        String number = JSON.readTree(created.getBody()).get("caseNumber").asText();
        cases.routed(number);
        cases.completeTask(number, Map.of("caseworker", "kari"));
        return number;
    }

    private MimeMessage awaitMail(String subjectStart) throws Exception {
        for (int i = 0; i < 50; i++) {
            var found = Arrays.stream(greenMail.getReceivedMessages()).filter(m -> {
                try {
                    return m.getSubject().startsWith(subjectStart) && m.getContent().toString().contains(caseNumber);
                } catch (Exception e) {
                    return false;
                }
            }).toList();
            if (!found.isEmpty()) {
                assertThat(found).hasSize(1);
                return found.get(0);
            }
            Thread.sleep(100);
        }
        throw new AssertionError("No mail '" + subjectStart + "' arrived");
    }

    private static JsonNode only(JsonNode array) {
        assertThat(array).hasSize(1);
        return array.get(0);
    }

    private static void at(int year, int month, int day, int hour, int minute) {
        ClockUtil.setCurrentTime(Date.from(oslo(year, month, day, hour, minute)));
    }

    private static Instant oslo(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute).atZone(ZoneId.of("Europe/Oslo")).toInstant();
    }
}
