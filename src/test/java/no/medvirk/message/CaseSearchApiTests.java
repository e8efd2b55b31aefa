package no.medvirk.message;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.medvirk.MedvirkTest;
import no.medvirk.message.MessageInput.SubmitterInput;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;

/** "Saker" over REST: what each caller finds, the refusals, the CSV; and the case page's timeline and tasks. */
@MedvirkTest
class CaseSearchApiTests {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    TestRestTemplate rest;
    @Autowired
    MessageRegistration registration;
    @Autowired
    MessageCases cases;
    @Autowired
    Messages messages;
    @Autowired
    TransactionTemplate transaction;

    final List<String> toEnd = new ArrayList<>();

    @AfterEach
    void endTheCases() {
        cases.end(toEnd);
    }

    @Test
    void shouldFindAClosedMessageByAWordOfItsTextOrThePhoneOnlyForThoseWhoMayReadIt() throws Exception {
        String caseNumber = registration.register(new MessageInput("PHONE", null,
                "Sjiraffbuksene til barna forsvant fra garderoben i barnehagen.", "COMPLAINT", "Barnehage", false, false,
                new SubmitterInput("Tove Trana", null, "911 22 333", "tove@example.no"))).getCaseNumber();
        toEnd.add(caseNumber);
        cases.routed(caseNumber);
        transaction.executeWithoutResult(s -> messages.get(caseNumber).close(Instant.now()));
        var servicesenter = rest.withBasicAuth("servicesenter", "demo");

        JsonNode byWord = find(servicesenter, "q=sjiraffbuksene&status=CLOSED");
        assertThat(byWord.get("total").asLong()).isEqualTo(1);
        assertThat(byWord.get("more").asBoolean()).isFalse();
        JsonNode item = byWord.get("items").get(0);
        assertThat(item.get("caseNumber").asText()).isEqualTo(caseNumber);
        assertThat(item.get("unit").asText()).isEqualTo("barnehage");
        assertThat(item.get("excerpt").asText()).startsWith("Sjiraffbuksene til barna");
        // The list never shows the submitter, though the search reads the details.
        assertThat(byWord.toString()).doesNotContain("Tove", "911", "tove@");
        assertThat(items(find(servicesenter, "q=91122333"))).contains(caseNumber);
        assertThat(items(find(servicesenter, "q=911 22 333"))).contains(caseNumber);
        assertThat(items(find(servicesenter, "q=tove trana"))).contains(caseNumber);
        assertThat(items(find(servicesenter, "q=" + caseNumber))).contains(caseNumber);
        assertThat(items(find(servicesenter, "q=sjiraffbuksene&status=OPEN"))).isEmpty();
        assertThat(items(find(servicesenter, "q=sjiraffbuksene&unit=vei"))).isEmpty();
        assertThat(items(find(rest.withBasicAuth("ola", "demo"), "q=sjiraffbuksene"))).containsExactly(caseNumber);

        var kari = rest.withBasicAuth("kari", "demo");
        JsonNode karis = find(kari, "q=sjiraffbuksene");
        assertThat(karis.get("total").asLong()).isZero();
        assertThat(items(find(kari, "q=91122333"))).isEmpty();
        ResponseEntity<String> otherUnit = kari.getForEntity("/api/messages?unit=barnehage", String.class);
        assertThat(otherUnit.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(otherUnit.getBody()).contains("Du kan bare søke blant sakene til dine egne enheter.");
        assertThat(kari.getForEntity("/api/messages/" + caseNumber, String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(kari.getForEntity("/sak/" + caseNumber, String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(rest.getForEntity("/api/messages?q=sjiraffbuksene", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void shouldRefuseWrongParametersNamingEachInNorwegian() throws Exception {
        ResponseEntity<String> wrong = rest.withBasicAuth("servicesenter", "demo").getForEntity("/api/messages?"
                + "status=FOO&from=2026-13-01&to=31.12.2026&overdue=ja&sort=navn&page=-1&size=1000&kind=RANT",
                String.class);

        assertThat(wrong.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        JsonNode problem = JSON.readTree(wrong.getBody());
        assertThat(problem.get("message").asText()).isEqualTo("Søket kan ikke utføres. Rett parameterne som er nevnt.");
        JsonNode errors = problem.get("errors");
        assertThat(errors.get("status").asText()).startsWith("Ugyldig valg.");
        assertThat(errors.get("kind").asText()).startsWith("Ugyldig valg.");
        assertThat(errors.get("from").asText()).contains("ÅÅÅÅ-MM-DD");
        assertThat(errors.get("to").asText()).contains("ÅÅÅÅ-MM-DD");
        assertThat(errors.get("overdue").asText()).contains("true");
        assertThat(errors.get("sort").asText()).contains("received_desc");
        assertThat(errors.get("page").asText()).contains("helt tall");
        assertThat(errors.get("size").asText()).contains("fra 1 til 200");
        assertThat(rest.withBasicAuth("servicesenter", "demo").getForEntity("/api/messages?from=2026-02-01&to=2026-01-01",
                String.class).getBody()).contains("Til-datoen kan ikke komme før fra-datoen.");
    }

    @Test
    void shouldPageSortAndDownloadTheResultAsCsv() throws Exception {
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String caseNumber = registration.register(new MessageInput("WEB", null, "Sebrastripene er slitt, nr. " + i,
                    "COMPLAINT", "Vei og trafikk", false, false, null)).getCaseNumber();
            numbers.add(caseNumber);
            toEnd.add(caseNumber);
            cases.routed(caseNumber);
        }
        var vegleder = rest.withBasicAuth("vegleder", "demo");

        JsonNode first = find(vegleder, "q=sebrastripene&size=2&sort=case_number");
        assertThat(first.get("total").asLong()).isEqualTo(3);
        assertThat(items(first)).containsExactly(numbers.get(2), numbers.get(1));
        assertThat(items(find(vegleder, "q=sebrastripene&size=2&page=1&sort=case_number"))).containsExactly(numbers.get(0));
        assertThat(items(find(vegleder, "q=sebrastripene&sort=received&unit=vei&status=FORWARDED&kind=COMPLAINT"
                + "&channel=WEB&subjectArea=Vei og trafikk"))).containsExactlyElementsOf(numbers);

        ResponseEntity<String> csv = vegleder.getForEntity("/api/messages.csv?q=sebrastripene", String.class);
        assertThat(csv.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(csv.getHeaders().getContentType().toString()).startsWith("text/csv");
        assertThat(csv.getHeaders().getContentDisposition().getFilename()).isEqualTo("saker.csv");
        assertThat(csv.getBody()).contains("Saksnummer;Status;Mottatt", numbers.get(0) + ";Videresendt",
                "Sebrastripene er slitt, nr. 2");
    }

    @Test
    void shouldShowEveryCallOpenTasksAndBothSidesOfADuplicateOnTheCasePage() {
        String caseNumber = cases.assigned(new MessageInput("PHONE", null, "Kumlokket i Parkveien klapper.",
                "COMPLAINT", "Vei og trafikk", false, false, new SubmitterInput("Siri Sol", null, "90011222", null)),
                "kari");
        toEnd.add(caseNumber);
        cases.completeTask(caseNumber, Map.of("reached", "false"));
        cases.completeTask(caseNumber, Map.of("reached", "false"));
        Message received = registration.receive(new MessageInput("WEB", null, "Kumlokket bråker.", null, null, null,
                null, null));
        toEnd.add(received.getCaseNumber());
        cases.openTask(received.getCaseNumber());
        cases.completeTask(received.getCaseNumber(), new java.util.HashMap<>(Map.of("channel", "WEB",
                "text", "Kumlokket bråker.", "kind", "COMPLAINT", "subjectArea", "Vei og trafikk", "political", false,
                "external", false, "duplicateOf", caseNumber)));

        String page = rest.withBasicAuth("kari", "demo").getForObject("/sak/" + caseNumber, String.class);

        assertThat(page).contains("Hendelser", "Mottatt", "Registrert", "Oppgave fullført: Fordel melding",
                "saken gikk til Kari Nordmann");
        assertThat(page.split("Ringte innmelderen: ikke nådd", -1)).hasSize(3);
        assertThat(page).contains("Åpne oppgaver", "Ring innmelder", "/camunda/app/tasklist/default/#/?task=");
        assertThat(page).contains("E-post: Ny melding til dere: sak " + caseNumber);
        assertThat(page).contains("Meldinger om det samme", "/sak/" + received.getCaseNumber());
        assertThat(page).contains("href=\"/saker\"");
        String duplicate = rest.withBasicAuth("servicesenter", "demo").getForObject("/sak/" + received.getCaseNumber(),
                String.class);
        assertThat(duplicate).contains("Slått sammen med sak", "href=\"/sak/" + caseNumber + "\"", "Ingen åpne oppgaver.");
    }

    private static JsonNode find(TestRestTemplate as, String query) throws Exception {
        ResponseEntity<String> found = as.getForEntity("/api/messages?" + query, String.class);
        assertThat(found.getStatusCode()).as(found.getBody()).isEqualTo(HttpStatus.OK);
        return JSON.readTree(found.getBody());
    }

    private static List<String> items(JsonNode result) {
        List<String> numbers = new ArrayList<>();
        result.get("items").forEach(i -> numbers.add(i.get("caseNumber").asText()));
        return numbers;
    }
}
