package no.medvirk.message;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import no.medvirk.MedvirkTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** M2 under load: registrations that come at the same moment all get their own case number, or a 503. */
@MedvirkTest
class ConcurrentRegistrationTests {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final int API_CLIENTS = 40;
    private static final int RECEIVED = 16;

    @LocalServerPort
    int port;
    @Autowired
    MessageRegistration registration;
    @Autowired
    RegistrationTransaction transaction;
    @Autowired
    Messages messages;
    @Autowired
    MessageCases cases;
    @Autowired
    DataSource dataSource;

    private final List<String> caseNumbers = new ArrayList<>();

    @AfterEach
    void endCases() {
        cases.end(caseNumbers);
    }

    @Test
    void registrationsAtTheSameMomentAllSucceedWithCaseNumbersOfTheirOwn() throws Exception {
        long before = messages.count();
        ExecutorService clients = Executors.newFixedThreadPool(API_CLIENTS + RECEIVED);
        CyclicBarrier together = new CyclicBarrier(API_CLIENTS + RECEIVED);
        List<Future<String>> registered = new ArrayList<>();
        try {
            for (int i = 0; i < API_CLIENTS; i++) {
                int client = i;
                registered.add(clients.submit(atOnce(together, () -> {
                    HttpResponse<String> answer = register("API " + client);
                    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
                    return JSON.readTree(answer.body()).get("caseNumber").asText();
                })));
            }
            // What the message card, the postbox and Open311 do.
            for (int i = 0; i < RECEIVED; i++) {
                int sender = i;
                registered.add(clients.submit(atOnce(together, () -> transaction.run(
                        firstStep -> registration.receive(input("Kort " + sender))).getCaseNumber())));
            }
            for (Future<String> caseNumber : registered) {
                caseNumbers.add(caseNumber.get(2, TimeUnit.MINUTES));
            }
        } finally {
            clients.shutdownNow();
        }

        assertThat(caseNumbers).hasSize(API_CLIENTS + RECEIVED).doesNotHaveDuplicates();
        assertThat(messages.count()).isEqualTo(before + API_CLIENTS + RECEIVED);
        assertThat(messages.findByCaseNumberIn(caseNumbers)).hasSize(API_CLIENTS + RECEIVED);
    }

    @Test
    void aRegistrationThatCannotHaveTheCaseNumberInTimeIsAnswered503AndNothingIsStored() throws Exception {
        HttpResponse<String> first = register("Før låsen");
        assertThat(first.statusCode()).isEqualTo(201);
        CaseNumber last = CaseNumber.parse(JSON.readTree(first.body()).get("caseNumber").asText());
        caseNumbers.add(last.toString());
        long before = messages.count();

        HttpResponse<String> refused;
        try (Connection other = dataSource.getConnection()) {
            // Another transaction holds the year's case number and does not let go.
            other.setAutoCommit(false);
            try (PreparedStatement lock = other.prepareStatement(
                    "update case_number_sequence set last_number = last_number where case_year = ?")) {
                lock.setInt(1, last.year());
                assertThat(lock.executeUpdate()).isOne();
            }
            refused = register("Under låsen");
            other.rollback();
        }

        assertThat(refused.statusCode()).isEqualTo(503);
        assertThat(refused.headers().firstValue("Retry-After")).hasValue("5");
        assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = JSON.readTree(refused.body());
        assertThat(problem.get("status").asInt()).isEqualTo(503);
        assertThat(problem.get("title").asText()).isEqualTo("Meldingen ble ikke registrert");
        assertThat(problem.get("detail").asText()).contains("send den igjen om litt");
        assertThat(messages.count()).isEqualTo(before);

        HttpResponse<String> again = register("Under låsen");
        assertThat(again.statusCode()).isEqualTo(201);
        String caseNumber = JSON.readTree(again.body()).get("caseNumber").asText();
        caseNumbers.add(caseNumber);
        // The refused registration took no number with it.
        assertThat(caseNumber).isEqualTo(new CaseNumber(last.year(), last.sequence() + 1).toString());
    }

    /** As the service centre's system posts it; the JDK's client, which never sends a POST again by itself. */
    private HttpResponse<String> register(String text) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/messages"))
                .header("Content-Type", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("servicesenter:demo".getBytes()))
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(message(text)))).build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static <T> Callable<T> atOnce(CyclicBarrier together, Callable<T> registration) {
        return () -> {
            together.await(1, TimeUnit.MINUTES);
            return registration.call();
        };
    }

    private static Map<String, Object> message(String text) {
        return Map.of("channel", "PHONE", "text", "Samtidig melding: " + text, "kind", "COMPLAINT",
                "subjectArea", "Vei og trafikk", "political", false, "external", false,
                "submitter", Map.of("name", "Samtidig Testesen", "phone", "90000000"));
    }

    private static MessageInput input(String text) {
        return new MessageInput("WEB", null, "Samtidig melding: " + text, "COMPLAINT", "Gatelys", false, false,
                new MessageInput.SubmitterInput(null, null, null, null));
    }
}
