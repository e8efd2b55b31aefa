package no.medvirk.dialogue;

import static no.medvirk.dialogue.DialogueCases.at;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import no.medvirk.MedvirkTest;
import no.medvirk.WebappSession;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;

/** The year's dialogue meetings over REST, and the documents the tasks link to. */
@MedvirkTest
class DialogueApiTests {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    TestRestTemplate rest;
    @Autowired
    DialogueCases cases;
    @Autowired
    DialoguePlans plans;
    @Autowired
    DialogueMeetings meetings;
    @Autowired
    DialoguePlanning planning;
    @Autowired
    TransactionTemplate transaction;

    @BeforeEach
    void aYearWithOneMeetingHeld() {
        at(2031, 3, 3, 9, 0);
        transaction.executeWithoutResult(status -> {
            DialoguePlan plan = plans.save(new DialoguePlan(2031, "Tjenesteutvalget", "sekretar", 3, "Kommunedirektøren", Instant.now()));
            plan.committeeTreated(LocalDate.of(2031, 3, 26), true, "31/1380", null);
            List<DialogueMeeting> planned = planning.replace(plan,
                    List.of(new DialoguePlanning.GroupDraft("Gruppe 1", "politiker", List.of("representant", "bjorn"), "sekretar")),
                    List.of(new DialoguePlanning.MeetingDraft("vei", "Gruppe 1", "2031-05-14", "18:00", "20:00",
                                    "Rådhuset", "Brøyting"),
                            new DialoguePlanning.MeetingDraft("kultur", "Gruppe 1", "2031-05-21", "18:00", "20:00",
                                    "Biblioteket", "Åpningstider")));
            DialogueMeeting held = planned.get(0);
            held.held();
            held.minutes(List.of(), List.of(new MeetingAttendee.Draft("Åse Brukerrådsleder", "Idrettsrådet")), "Brøyting av gangveier.",
                    List.of(new DialogueInput.Draft("Brøyt gangveien til skolen først", "vei")), "Enheten ser på rekkefølgen.",
                    null);
            held.minutesApproved(Instant.now());
            held.getInputs().get(0).followedUp("Ny brøyteplan.", FollowUpStatus.PLANNED, LocalDate.of(2031, 12, 1),
                    Instant.now());
        });
    }

    @AfterEach
    void cleanUp() {
        cases.cleanUp();
    }

    @Test
    void shouldShowTheYearWithMeetingsMinutesAndInputs() throws Exception {
        ResponseEntity<String> response = rest.withBasicAuth("sekretar", "demo").getForEntity("/api/dialogue/2031", String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode year = JSON.readTree(response.getBody());
        assertThat(year.get("committee").asText()).isEqualTo("Tjenesteutvalget");
        assertThat(year.get("status").asText()).isEqualTo("APPROVED");
        assertThat(year.get("groups").get(0).get("leader").asText()).isEqualTo("politiker");
        JsonNode held = year.get("meetings").get(0);
        assertThat(held.get("unit").asText()).isEqualTo("vei");
        assertThat(held.get("date").asText()).isEqualTo("2031-05-14");
        assertThat(held.get("group").asText()).isEqualTo("Gruppe 1");
        assertThat(held.get("status").asText()).isEqualTo("HELD");
        assertThat(held.get("minutes").get("status").asText()).isEqualTo("APPROVED");
        assertThat(held.get("minutes").get("attendees").get(0).asText()).isEqualTo("Åse Brukerrådsleder, Idrettsrådet");
        assertThat(held.get("inputs").get(0).get("followUpStatus").asText()).isEqualTo("PLANNED");
        assertThat(held.get("inputs").get(0).get("followUpDue").asText()).isEqualTo("2031-12-01");
        JsonNode planned = year.get("meetings").get(1);
        assertThat(planned.get("status").asText()).isEqualTo("PLANNED");
        assertThat(planned.get("minutes").isNull()).isTrue();
    }

    @Test
    void shouldListTheInputsWithTheirFollowUpAsJsonAndCsv() throws Exception {
        var leader = rest.withBasicAuth("vegleder", "demo");
        JsonNode inputs = JSON.readTree(leader.getForEntity("/api/dialogue/2031/inputs", String.class).getBody());
        assertThat(inputs).hasSize(1);
        assertThat(inputs.get(0).get("text").asText()).isEqualTo("Brøyt gangveien til skolen først");

        ResponseEntity<byte[]> csv = leader.getForEntity("/api/dialogue/2031/inputs.csv", byte[].class);

        assertThat(csv.getHeaders().getContentType().toString()).startsWith("text/csv");
        String text = new String(csv.getBody(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFEnhet møtt;Møtedato;Innspill;Ansvarlig enhet;Status;Hva er gjort eller planlagt;Frist")
                .contains("Vei, park og idrett;14.05.2031;Brøyt gangveien til skolen først;Vei, park og idrett;Planlagt;"
                        + "Ny brøyteplan.;01.12.2031");
    }

    @Test
    void shouldGiveTheSummaryAndCasePresentationAsWordDocuments() throws Exception {
        ResponseEntity<byte[]> summary = rest.withBasicAuth("sekretar", "demo")
                .getForEntity("/api/dialogue/2031/summary.docx", byte[].class);
        ResponseEntity<byte[]> presentation = rest.withBasicAuth("politiker", "demo")
                .getForEntity("/api/dialogue/2031/case-presentation.docx", byte[].class);

        assertThat(summary.getHeaders().getContentType().toString())
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(summary.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
                .contains("oppsummering-dialogmoter-2031.docx");
        assertThat(text(summary.getBody())).contains("Vei, park og idrett", "Brøyting av gangveier.",
                "• Brøyt gangveien til skolen først (ansvar: Vei, park og idrett)");
        assertThat(text(presentation.getBody())).contains("Arkivsak:\t31/1380", "Saksbehandler:\tSigrid Sekretær",
                "VURDERING:\nKommunedirektøren tar med seg innspillene fra dialogmøtene",
                "Referatene fra dialogmøtene 2031 tas til orientering.");
    }

    @Test
    void shouldLetTheTaskLinksDownloadWithTheTasklistLogin() {
        WebappSession session = WebappSession.login(rest, "sekretar", "demo");

        ResponseEntity<byte[]> summary = session.get("/api/dialogue/2031/summary.docx");

        assertThat(summary.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(summary.getBody()).startsWith('P', 'K');
    }

    @Test
    void shouldKeepTheYearFromOthersAndNameAYearWithoutPlan() {
        assertThat(rest.getForEntity("/api/dialogue/2031", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        ResponseEntity<String> caseworker = rest.withBasicAuth("kari", "demo").getForEntity("/api/dialogue/2031", String.class);
        assertThat(caseworker.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<String> missing = rest.withBasicAuth("sekretar", "demo").getForEntity("/api/dialogue/2030", String.class);
        assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(missing.getBody()).contains("No dialogue meetings are planned for 2030.");
    }

    private static String text(byte[] docx) throws Exception {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
             XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            return extractor.getText();
        }
    }
}
