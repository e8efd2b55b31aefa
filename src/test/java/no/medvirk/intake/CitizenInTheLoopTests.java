package no.medvirk.intake;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static no.medvirk.RestRequests.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.medvirk.DeliveredMails;
import no.medvirk.MedvirkTest;
import no.medvirk.TestMailServer;
import no.medvirk.TestSmsGateway;
import no.medvirk.message.MessageCases;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The citizen in the loop, end to end: a message by the card and one by e-mail, taken through Tasklist's
 * REST API by the service centre, the unit leader and the caseworker, while the citizen's mailbox
 * (GreenMail) and phone (the fake SMS gateway) receive each notice.
 */
@MedvirkTest
class CitizenInTheLoopTests {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    TestRestTemplate rest;
    @Autowired
    GreenMail greenMail;
    @Autowired
    DeliveredMails delivered;
    @Autowired
    WireMockServer smsGateway;
    @Autowired
    Postbox postbox;
    @Autowired
    SenderLimit limit;
    @Autowired
    MessageCases cases;

    private final List<String> caseNumbers = new ArrayList<>();

    @BeforeEach
    void freshCitizen() {
        ClockUtil.reset();
        limit.forgetAll();
        greenMail.setUser(TestMailServer.POSTBOX, TestMailServer.POSTBOX, "postbox-secret");
    }

    @AfterEach
    void endCases() {
        cases.end(caseNumbers);
    }

    @Test
    void aCardWithPhoneAndEmailGivesAReceiptTheUnitAnSmsPerFailedCallAndTheClosingMail() throws Exception {
        String email = "card-" + UUID.randomUUID().toString().substring(0, 8) + "@example.no";
        String caseNumber = sendCard("Gatelyset i Parkveien er mørkt.", "912 34 567", email);
        caseNumbers.add(caseNumber);
        assertThat(awaitMail(email, "Kvittering: meldingen din har saksnummer " + caseNumber))
                .contains("Du blir ringt opp innen");

        register(caseNumber);
        assertThat(awaitMail(email, "Meldingen din (sak " + caseNumber + ") er sendt til Vei, park og idrett"))
                .contains("registrert og sendt til Vei, park og idrett");

        var vegleder = rest.withBasicAuth("vegleder", "demo");
        var kari = rest.withBasicAuth("kari", "demo");
        submit(vegleder, onlyTask(vegleder, caseNumber, "Fordel melding"), Map.of("caseworker", "kari"));
        for (int call = 1; call <= 2; call++) {
            submit(kari, onlyTask(kari, caseNumber, "Ring innmelder"), Map.of("reached", "false"));
            assertThat(awaitSms(caseNumber, call)).allSatisfy(sms -> {
                assertThat(sms.get("to").asText()).isEqualTo("912 34 567");
                assertThat(sms.get("text").asText()).startsWith("Vi har prøvd å ringe deg om melding " + caseNumber + ",");
            });
        }
        submit(kari, onlyTask(kari, caseNumber, "Ring innmelder"), Map.of("reached", "true",
                "answer", "Lyset skiftes på mandag.", "satisfaction", "SATISFIED"));
        var servicesenter = rest.withBasicAuth("servicesenter", "demo");
        submit(servicesenter, onlyTask(servicesenter, caseNumber, "Se tilbakemelding"), Map.of());

        assertThat(awaitMail(email, "Saken din er avsluttet (sak " + caseNumber + ")"))
                .contains("Dette er kommunens svar:", "Lyset skiftes på mandag.").doesNotContain("Kari", "Nordmann");
        assertThat(delivered.to(email)).hasSize(3);
        assertThat(sms(caseNumber)).hasSize(2);
        // The unit's mail has nothing of the citizen's.
        assertThat(delivered.to("vei@medvirk.example").stream().filter(mail -> mail.subject().contains(caseNumber))
                .map(DeliveredMails.Mail::body))
                .isNotEmpty().noneMatch(body -> body.contains(email) || body.contains("912 34 567"));
    }

    @Test
    void aMailGetsAReceiptAndTheAnswerWrittenInTheTaskByEmail() throws Exception {
        String email = "mail-" + UUID.randomUUID().toString().substring(0, 8) + "@example.no";
        MimeMessage mail = new MimeMessage(Session.getInstance(new Properties()));
        mail.setFrom(new InternetAddress(email, "Berit Innbygger", "UTF-8"));
        mail.setRecipient(RecipientType.TO, new InternetAddress(TestMailServer.POSTBOX));
        mail.setSubject("Hull i veien", "UTF-8");
        mail.setText("Det er et stort hull i Storgata ved nummer 4.", "UTF-8");
        mail.saveChanges();
        greenMail.getUserManager().getUser(TestMailServer.POSTBOX).deliver(mail);

        assertThat(postbox.takeNew()).isOne();
        String receipt = delivered.await(email, sent -> sent.subject().startsWith("Kvittering"), "«Kvittering…»")
                .subject();
        Matcher number = Pattern.compile("saksnummer ([0-9]+/[0-9]+)").matcher(receipt);
        assertThat(number.find()).as(receipt).isTrue();
        String caseNumber = number.group(1);
        caseNumbers.add(caseNumber);

        register(caseNumber);
        awaitMail(email, "Meldingen din (sak " + caseNumber + ") er sendt til Vei, park og idrett");
        var vegleder = rest.withBasicAuth("vegleder", "demo");
        var kari = rest.withBasicAuth("kari", "demo");
        submit(vegleder, onlyTask(vegleder, caseNumber, "Fordel melding"), Map.of("caseworker", "kari"));
        submit(kari, onlyTask(kari, caseNumber, "Svar innmelder"), Map.of("answeredBy", "EMAIL",
                "answer", "Hullet fylles i uke 49."));

        assertThat(awaitMail(email, "Svar på meldingen din (sak " + caseNumber + ")"))
                .contains("Hullet fylles i uke 49.", "Vei, park og idrett").doesNotContain("Kari", "Nordmann");
        var servicesenter = rest.withBasicAuth("servicesenter", "demo");
        submit(servicesenter, onlyTask(servicesenter, caseNumber, "Se tilbakemelding"), Map.of());
        assertThat(awaitMail(email, "Saken din er avsluttet (sak " + caseNumber + ")")).contains("Hullet fylles i uke 49.");
        assertThat(delivered.to(email)).hasSize(4);
        assertThat(sms(caseNumber)).isEmpty();
    }

    // --- The citizen's card -----------------------------------------------------------------------

    private String sendCard(String text, String phone, String email) {
        PublicPages citizen = new PublicPages(rest);
        citizen.open(MessageCardController.PATH);
        assertThat(citizen.post(MessageCardController.PATH, Map.of("text", text, "kind", "COMPLAINT",
                "subjectArea", "Vei og trafikk", "name", "Berit Innbygger", "address", "Parkveien 3", "phone", phone,
                "email", email, "website", "")).getStatusCode()).isEqualTo(HttpStatus.FOUND);
        return citizen.receiptCaseNumber();
    }

    // --- Tasklist's REST API --------------------------------------------------------------------

    /** The service centre registers the received message as the citizen described it. */
    private void register(String caseNumber) throws Exception {
        var servicesenter = rest.withBasicAuth("servicesenter", "demo");
        cases.routed(caseNumber);
        String task = onlyTask(servicesenter, caseNumber, "Registrer melding");
        Map<String, Object> values = new HashMap<>(JSON.convertValue(JSON.readTree(servicesenter.getForObject(
                "/engine-rest/task/" + task + "/form-variables", String.class)), Map.class));
        Map<String, Object> form = new HashMap<>();
        for (String field : List.of("channel", "receivedAt", "text", "submitterName", "submitterAddress",
                "submitterPhone", "submitterEmail")) {
            Object value = values.get(field) == null ? null : ((Map<?, ?>) values.get(field)).get("value");
            form.put(field, value == null ? "" : value);
        }
        form.put("kind", "COMPLAINT");
        form.put("subjectArea", "Vei og trafikk");
        form.put("political", false);
        form.put("external", false);
        form.put("duplicateOf", "");
        submit(servicesenter, task, form);
        cases.routed(caseNumber);
    }

    private String onlyTask(TestRestTemplate user, String caseNumber, String name) throws Exception {
        JsonNode tasks = JSON.readTree(user.getForObject(
                "/engine-rest/task?processInstanceBusinessKey={key}&firstResult=0&maxResults=50", String.class, caseNumber));
        assertThat(tasks).singleElement().satisfies(t -> assertThat(t.get("name").asText()).isEqualTo(name));
        return tasks.get(0).get("id").asText();
    }

    private static void submit(TestRestTemplate user, String taskId, Map<String, ?> fields) {
        var variables = new HashMap<String, Object>();
        fields.forEach((name, value) -> variables.put(name, Map.of("value", value)));
        ResponseEntity<String> done = user.postForEntity("/engine-rest/task/" + taskId + "/submit-form",
                json(Map.of("variables", variables)), String.class);
        assertThat(done.getStatusCode()).as(done.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    }

    // --- The citizen's mailbox and phone --------------------------------------------------------

    private String awaitMail(String email, String subject) throws InterruptedException {
        return delivered.await(email, mail -> mail.subject().equals(subject), "«" + subject + "»").body();
    }

    private List<JsonNode> sms(String caseNumber) {
        List<JsonNode> received = new ArrayList<>();
        for (LoggedRequest request : smsGateway.findAll(postRequestedFor(urlEqualTo(TestSmsGateway.PATH))
                .withRequestBody(containing("melding " + caseNumber + ",")))) {
            try {
                received.add(JSON.readTree(request.getBodyAsString()));
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }
        return received;
    }

    private List<JsonNode> awaitSms(String caseNumber, int count) throws InterruptedException {
        for (int i = 0; i < 100 && sms(caseNumber).size() < count; i++) {
            Thread.sleep(100);
        }
        List<JsonNode> received = sms(caseNumber);
        assertThat(received).hasSize(count);
        return received;
    }
}
