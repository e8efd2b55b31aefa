package no.medvirk.message;

import static no.medvirk.RestRequests.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.medvirk.MedvirkTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** A whole case over REST, as the service centre, the unit leader and the caseworker do it in Tasklist. */
@MedvirkTest
@ExtendWith(OutputCaptureExtension.class)
class MessageApiTests {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TEXT = "Hullet ved skolen er stort. ${execution.getVariable('x')} <script>alert(1)</script>";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    MessageCases cases;
    @Autowired
    Messages messages;

    @Test
    void shouldTakeAMessageFromRegistrationToClosingThroughRest(CapturedOutput output) throws Exception {
        var servicesenter = rest.withBasicAuth("servicesenter", "demo");
        var vegleder = rest.withBasicAuth("vegleder", "demo");
        var kari = rest.withBasicAuth("kari", "demo");
        var ola = rest.withBasicAuth("ola", "demo");

        ResponseEntity<String> registered = servicesenter.postForEntity("/api/messages", json(message()), String.class);
        assertThat(registered.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String caseNumber = JSON.readTree(registered.getBody()).get("caseNumber").asText();
        assertThat(registered.getHeaders().getLocation()).hasToString("/api/messages/" + caseNumber);
        cases.routed(caseNumber);

        assertThat(tasks(ola, caseNumber)).isEmpty();
        // The service centre follows every message, also while the unit works on it.
        assertThat(tasks(servicesenter, caseNumber)).extracting(t -> t.get("name").asText())
                .containsExactly("Fordel melding");
        assertThat(ola.getForEntity("/api/messages/" + caseNumber, String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);

        String assign = onlyTask(vegleder, caseNumber, "Fordel melding");
        assertThat(submit(vegleder, assign, Map.of("caseworker", "kari")).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        for (int call = 0; call < 2; call++) {
            assertThat(submit(kari, onlyTask(kari, caseNumber, "Ring innmelder"), Map.of("reached", "false"))
                    .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        }
        String call = onlyTask(kari, caseNumber, "Ring innmelder");
        ResponseEntity<String> withoutReason = submit(kari, call, Map.of("reached", "true",
                "answer", "Hullet fylles i uke 49.", "satisfaction", "DISSATISFIED"));
        assertThat(withoutReason.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(withoutReason.getBody()).contains("Når innmelderen ikke er fornøyd, skriv hvorfor.");
        assertThat(submit(kari, call, Map.of("reached", "true", "answer", "Hullet fylles i uke 49.",
                "satisfaction", "DISSATISFIED", "dissatisfactionReason", "Det burde vært gjort i sommer.",
                "alternativeProposal", "Sett opp skilt til det er fylt.")).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        String followUp = onlyTask(servicesenter, caseNumber, "Se tilbakemelding");
        assertThat(submit(servicesenter, followUp, Map.of()).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        JsonNode record = JSON.readTree(kari.getForObject("/api/messages/" + caseNumber, String.class));
        assertThat(record.get("status").asText()).isEqualTo("CLOSED");
        assertThat(record.get("text").asText()).isEqualTo(TEXT);
        assertThat(record.get("routedTo").asText()).isEqualTo("UNIT");
        assertThat(record.get("unit").asText()).isEqualTo("vei");
        assertThat(record.get("caseworker").asText()).isEqualTo("kari");
        assertThat(record.get("callAttempts")).extracting(a -> a.get("reached").asBoolean()).containsExactly(false, false, true);
        assertThat(record.get("satisfaction").asText()).isEqualTo("DISSATISFIED");
        assertThat(record.get("dissatisfactionReason").asText()).isEqualTo("Det burde vært gjort i sommer.");
        assertThat(record.get("alternativeProposal").asText()).isEqualTo("Sett opp skilt til det er fylt.");
        assertThat(record.get("answeredBy").asText()).isEqualTo("PHONE");
        assertThat(record.get("contactedAt").isNull()).isFalse();
        assertThat(record.get("closedAt").isNull()).isFalse();
        assertThat(record.get("contactDeadline").isNull()).isFalse();

        // Personal data is handled as such: the submitter never appears in the log.
        assertThat(output.getAll()).doesNotContain("Nina Nilsen", "90000000", "Storgata 1", "nina@example.no");
    }

    @Test
    void shouldRefuseAnAnswerWithControlCharactersOrLongerThanItsColumn(CapturedOutput output) throws Exception {
        var servicesenter = rest.withBasicAuth("servicesenter", "demo");
        var kari = rest.withBasicAuth("kari", "demo");
        String caseNumber = JSON.readTree(servicesenter.postForEntity("/api/messages", json(message()), String.class)
                .getBody()).get("caseNumber").asText();
        cases.routed(caseNumber);
        submit(rest.withBasicAuth("vegleder", "demo"), onlyTask(rest.withBasicAuth("vegleder", "demo"), caseNumber,
                "Fordel melding"), Map.of("caseworker", "kari"));
        String call = onlyTask(kari, caseNumber, "Ring innmelder");

        ResponseEntity<String> control = submit(kari, call, Map.of("reached", "true",
                "answer", "Vi fyller hullet\u0000 i uke 49.", "satisfaction", "SATISFIED"));
        ResponseEntity<String> tooLong = submit(kari, call, Map.of("reached", "true", "answer", "Vi fyller hullet.",
                "satisfaction", "DISSATISFIED", "dissatisfactionReason", "Hullet har vært der for lenge. ".repeat(140),
                "alternativeProposal", "Skilt\u0007 til det er fylt."));

        assertThat(control.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(control.getBody()).contains("Svaret inneholder tegn som ikke kan lagres");
        assertThat(tooLong.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(tooLong.getBody()).contains("Begrunnelsen kan være på høyst 4000 tegn.",
                "Forslaget inneholder tegn som ikke kan lagres");
        assertThat(onlyTask(kari, caseNumber, "Ring innmelder")).isEqualTo(call);
        assertThat(messages.findByCaseNumber(caseNumber).orElseThrow().getAnswer()).isNull();
        assertThat(output.getAll()).doesNotContain("Hullet har vært der", "Skilt");
    }

    @Test
    void shouldShowTheCaseAsAPageWithTheTextAsTyped() throws Exception {
        String caseNumber = JSON.readTree(rest.withBasicAuth("servicesenter", "demo")
                .postForEntity("/api/messages", json(message()), String.class).getBody()).get("caseNumber").asText();
        cases.routed(caseNumber);

        ResponseEntity<String> page = rest.withBasicAuth("vegleder", "demo").getForEntity("/sak/" + caseNumber, String.class);

        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getHeaders().getContentType().toString()).startsWith("text/html");
        assertThat(page.getBody()).contains("Sak <span>" + caseNumber + "</span>", "Vei, park og idrett", "Klage",
                        "Hullet ved skolen er stort. ${execution.getVariable(&#39;x&#39;)} &lt;script&gt;alert(1)&lt;/script&gt;")
                .doesNotContain("<script>alert(1)</script>");
        assertThat(rest.withBasicAuth("ola", "demo").getForEntity("/sak/" + caseNumber, String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(rest.getForEntity("/sak/" + caseNumber, String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void shouldRefuseBadInputNamingEachFieldAndSaveNothing() throws Exception {
        long before = messages.count();
        var body = Map.of("channel", "PIGEON", "text", "x".repeat(4001), "kind", "RANT", "subjectArea", "Månen",
                "submitter", Map.of("phone", "12", "email", "ikke-epost"));

        ResponseEntity<String> response = rest.withBasicAuth("servicesenter", "demo")
                .postForEntity("/api/messages", json(body), String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        JsonNode errors = JSON.readTree(response.getBody()).get("errors");
        assertThat(errors.fieldNames()).toIterable().containsExactlyInAnyOrder(
                "channel", "text", "kind", "subjectArea", "submitter.phone", "submitter.email");
        assertThat(errors.get("text").asText()).contains("4000");
        assertThat(messages.count()).isEqualTo(before);
    }

    @Test
    void shouldRefuseAMissingTextAndANonJsonBody() {
        var servicesenter = rest.withBasicAuth("servicesenter", "demo");

        var missingText = servicesenter.postForEntity("/api/messages",
                json(Map.of("channel", "CARD", "kind", "QUESTION", "subjectArea", "Gatelys")), String.class);
        var notJson = servicesenter.postForEntity("/api/messages", json("{not json"), String.class);

        assertThat(missingText.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(missingText.getBody()).contains("\"text\":\"Skriv inn meldingen.\"");
        assertThat(notJson.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void shouldRefuseControlCharactersInEveryFreeTextFieldWithoutLoggingThem(CapturedOutput output) throws Exception {
        long before = messages.count();
        var body = Map.of("channel", "CARD", "text", "Hullet i Kirkeveien\u0000 er stort", "kind", "COMPLAINT",
                "subjectArea", "Gatelys", "submitter", Map.of("name", "Ragnhild\u0000Rasmussen",
                        "address", "Kirkeveien\u0007 9", "phone", "9111\u00002222", "email", "ragnhild\u001b@example.no"));

        ResponseEntity<String> response = rest.withBasicAuth("servicesenter", "demo")
                .postForEntity("/api/messages", json(body), String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        JsonNode errors = JSON.readTree(response.getBody()).get("errors");
        assertThat(errors.fieldNames()).toIterable().containsExactlyInAnyOrder("text", "submitter.name",
                "submitter.address", "submitter.phone", "submitter.email");
        errors.forEach(error -> assertThat(error.asText()).contains("tegn som ikke kan lagres"));
        assertThat(response.getBody()).doesNotContain("Kirkeveien", "Ragnhild", "9111");
        assertThat(messages.count()).isEqualTo(before);
        assertThat(output.getAll()).doesNotContain("Kirkeveien", "Ragnhild", "Rasmussen", "9111", "ragnhild@");
    }

    @Test
    void shouldKeepTabsAndLineBreaksAsTyped() throws Exception {
        var body = new HashMap<>(message());
        body.put("text", "Første linje\r\n\tInnrykket linje");

        ResponseEntity<String> response = rest.withBasicAuth("servicesenter", "demo")
                .postForEntity("/api/messages", json(body), String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(JSON.readTree(response.getBody()).get("text").asText()).isEqualTo("Første linje\r\n\tInnrykket linje");
    }

    @Test
    void shouldRefuseTextThatWasNotUtf8() throws Exception {
        long before = messages.count();
        var servicesenter = rest.withBasicAuth("servicesenter", "demo");
        byte[] notUtf8 = "{\"channel\":\"CARD\",\"text\":\"Hull i veien \u00ff\u00fe\"}".getBytes(StandardCharsets.ISO_8859_1);

        ResponseEntity<String> bytes = servicesenter.postForEntity("/api/messages", json(notUtf8), String.class);
        ResponseEntity<String> replaced = servicesenter.postForEntity("/api/messages",
                json(Map.of("channel", "CARD", "text", "Hull i veien \uFFFD\uFFFD")), String.class);

        assertThat(bytes.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(JSON.readTree(bytes.getBody()).get("message").asText()).isEqualTo("Forespørselen er ikke en melding i JSON.");
        assertThat(replaced.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(JSON.readTree(replaced.getBody()).at("/errors/text").asText()).contains("tegn som ikke kan lagres");
        assertThat(messages.count()).isEqualTo(before);
    }

    @Test
    void shouldRefuseBooleanFieldsThatAreNotBooleansNamingTheField() throws Exception {
        long before = messages.count();
        var servicesenter = rest.withBasicAuth("servicesenter", "demo");

        for (String political : List.of("12345678901234567890", "1", "\"true\"", "\"yes\"", "0.5")) {
            String body = JSON.writeValueAsString(message()).replace("\"political\":false", "\"political\":" + political);
            ResponseEntity<String> response = servicesenter.postForEntity("/api/messages", json(body), String.class);

            assertThat(response.getStatusCode()).as("political: %s", political).isEqualTo(HttpStatus.BAD_REQUEST);
            JsonNode problem = JSON.readTree(response.getBody());
            assertThat(problem.get("message").asText()).isEqualTo("Meldingen ble ikke registrert.");
            assertThat(problem.at("/errors/political").asText()).isEqualTo("Skriv true eller false.");
        }
        assertThat(messages.count()).isEqualTo(before);
    }

    @Test
    void shouldLetOnlyTheServiceCentreAndAdministratorsRegister() {
        assertThat(rest.withBasicAuth("kari", "demo").postForEntity("/api/messages", json(message()), String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(rest.postForEntity("/api/messages", json(message()), String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(rest.withBasicAuth("admin", "demo").postForEntity("/api/messages", json(message()), String.class)
                .getStatusCode()).isEqualTo(HttpStatus.CREATED);
    }

    @Test
    void shouldDescribeTheApiInOpenApi() {
        String spec = rest.getForObject("/v3/api-docs", String.class);

        assertThat(spec).contains("/api/messages", "/api/messages/{yy}/{n}", "/api/messages/{yy}/{n}/contact-card.pdf");
    }

    static Map<String, Object> message() {
        return Map.of("channel", "CARD", "receivedAt", "2026-11-20", "text", TEXT, "kind", "COMPLAINT",
                "subjectArea", "Vei og trafikk", "political", false, "external", false,
                "submitter", Map.of("name", "Nina Nilsen", "address", "Storgata 1", "phone", "90000000",
                        "email", "nina@example.no"));
    }

    private List<JsonNode> tasks(TestRestTemplate user, String caseNumber) throws Exception {
        String body = user.getForObject("/engine-rest/task?processInstanceBusinessKey={key}&firstResult=0&maxResults=50",
                String.class, caseNumber);
        return List.of(JSON.readValue(body, JsonNode[].class));
    }

    private String onlyTask(TestRestTemplate user, String caseNumber, String name) throws Exception {
        List<JsonNode> tasks = tasks(user, caseNumber);
        assertThat(tasks).singleElement().satisfies(t -> assertThat(t.get("name").asText()).isEqualTo(name));
        return tasks.get(0).get("id").asText();
    }

    /** What Tasklist sends when a form is completed. */
    private static ResponseEntity<String> submit(TestRestTemplate user, String taskId, Map<String, String> fields) {
        var variables = new HashMap<String, Object>();
        fields.forEach((name, value) -> variables.put(name, Map.of("value", value)));
        return user.postForEntity("/engine-rest/task/" + taskId + "/submit-form", json(Map.of("variables", variables)),
                String.class);
    }
}
