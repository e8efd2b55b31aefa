package no.medvirk.notification;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.medvirk.MedvirkTest;
import no.medvirk.TestSmsGateway;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.transaction.support.TransactionTemplate;

/** Every text message goes through the SMS outbox: sent after commit, retried, never lost, never sent twice. */
@MedvirkTest
class SmsOutboxTests {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    SmsOutbox outbox;
    @Autowired
    SmsSender sender;
    @Autowired
    SmsMessages messages;
    @Autowired
    WireMockServer gateway;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    SmsMetrics metrics;
    @Autowired
    SmsHealth health;

    @AfterEach
    void restore() {
        ClockUtil.reset();
        TestSmsGateway.accept(gateway);
    }

    @Test
    void shouldPostATextMessageToTheGatewayOnceItsTransactionCommits() throws Exception {
        String word = unique();

        transaction.executeWithoutResult(s -> outbox.send("41234567", "call-failed", model(word)));

        LoggedRequest request = awaitRequest(word);
        assertThat(request.getHeader("Content-Type")).startsWith(MediaType.APPLICATION_JSON_VALUE);
        JsonNode body = JSON.readTree(request.getBodyAsString());
        assertThat(body.get("to").asText()).isEqualTo("41234567");
        assertThat(body.get("from").asText()).isEqualTo("Kommunen");
        assertThat(body.get("text").asText()).isEqualTo("Vi har prøvd å ringe deg om melding " + word
                + ", men fikk ikke svar. Vi prøver igjen. Hilsen Vei, park og idrett, Demo kommune");
        SmsMessage sms = only(word);
        awaitSent(sms.getId());

        sender.send(sms.getId());
        sender.sendDue();
        assertThat(gateway.findAll(postRequestedFor(urlEqualTo(TestSmsGateway.PATH))
                .withRequestBody(containing(word)))).hasSize(1);
    }

    @Test
    void shouldSendNothingWhenTheTransactionRollsBack() {
        String word = unique();

        assertThatThrownBy(() -> transaction.executeWithoutResult(s -> {
            outbox.send("41234567", "call-failed", model(word));
            throw new IllegalStateException("the step failed");
        })).hasMessage("the step failed");

        assertThat(messages.findByBodyContainingOrderById(word)).isEmpty();
    }

    @Test
    void shouldKeepAFailedTextMessageAndSendItAfterAGrowingPause() throws Exception {
        gateway.stubFor(post(urlEqualTo(TestSmsGateway.PATH)).willReturn(aResponse().withStatus(503)));
        String word = unique();
        transaction.executeWithoutResult(s -> outbox.send("41234567", "call-failed", model(word)));
        long id = only(word).getId();

        SmsMessage failed = awaitFirstAttempt(id);
        assertThat(failed.getSentAt()).isNull();
        assertThat(failed.getLastError()).contains("503");
        assertThat(failed.getAttempts()).isOne();
        assertThat(Duration.between(failed.getCreatedAt(), failed.getNextAttemptAt())).isGreaterThanOrEqualTo(Duration.ofMinutes(1));

        TestSmsGateway.accept(gateway);
        sender.sendDue();
        assertThat(messages.findById(id).orElseThrow().getSentAt()).as("not due yet").isNull();
        ClockUtil.setCurrentTime(Date.from(failed.getNextAttemptAt().plus(Duration.ofSeconds(1))));
        sender.sendDue();

        SmsMessage sent = messages.findById(id).orElseThrow();
        assertThat(sent.getSentAt()).isNotNull();
        assertThat(sent.getAttempts()).isEqualTo(2);
        assertThat(sent.getLastError()).isNull();
        assertThat(gateway.findAll(postRequestedFor(urlEqualTo(TestSmsGateway.PATH))
                .withRequestBody(containing(word)))).hasSize(2);
    }

    @Test
    void shouldLetOnlyOneSenderClaimATextMessage() {
        var now = ClockUtil.now().toInstant();
        long id = messages.save(new SmsMessage("41234567", unique(), now)).getId();

        assertThat(messages.claim(id, now, now.plusSeconds(120))).isOne();
        assertThat(messages.claim(id, now, now.plusSeconds(120))).isZero();
        // Another node finds nothing due while the claim holds.
        assertThat(messages.findDue(now.plusSeconds(60))).doesNotContain(id);
    }

    @Test
    void aFailingTextMessageShowsInItsGaugesAndMakesTheSmsOutboxDegraded() {
        var now = ClockUtil.now().toInstant();
        long id = messages.save(new SmsMessage("41234567", unique(), now)).getId();
        RowMetrics.State waiting = metrics.state();
        messages.markFailed(id, "503 Service Unavailable", now.plusSeconds(3600));
        try {
            RowMetrics.State failing = metrics.state();
            assertThat(failing.failing()).isEqualTo(waiting.failing() + 1);
            assertThat(failing.waiting()).isEqualTo(waiting.waiting());
            assertThat(health.health().getStatus()).isEqualTo(SmsHealth.DEGRADED);
            assertThat(health.health().getDetails()).containsEntry("gateway", "configured");
        } finally {
            messages.deleteById(id);
        }
    }

    @Test
    void shouldFillTheBodyTemplateEscapedForItsType() {
        String text = "Svar: \"ja\" & nei\nHilsen";

        assertThat(SmsGateway.body("{\"to\":\"{to}\",\"text\":\"{text}\"}", MediaType.APPLICATION_JSON, "+4741234567",
                "Kommunen", text)).isEqualTo("{\"to\":\"+4741234567\",\"text\":\"Svar: \\\"ja\\\" & nei\\nHilsen\"}");
        assertThat(SmsGateway.body("to={to}&from={from}&msg={text}", MediaType.APPLICATION_FORM_URLENCODED,
                "+4741234567", "Larvik kommune", text))
                .isEqualTo("to=%2B4741234567&from=Larvik+kommune&msg=Svar%3A+%22ja%22+%26+nei%0AHilsen");
    }

    private static Map<String, Object> model(String caseNumber) {
        return Map.of("caseNumber", caseNumber, "from", "Vei, park og idrett", "municipality", "Demo kommune",
                "last", false);
    }

    private SmsMessage only(String word) {
        List<SmsMessage> found = messages.findByBodyContainingOrderById(word);
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    private LoggedRequest awaitRequest(String word) throws InterruptedException {
        for (int i = 0; i < 50; i++) {
            List<LoggedRequest> requests = gateway.findAll(postRequestedFor(urlEqualTo(TestSmsGateway.PATH))
                    .withRequestBody(containing(word)).withHeader("Authorization", equalTo(authorization())));
            if (!requests.isEmpty()) {
                return requests.get(0);
            }
            Thread.sleep(100);
        }
        throw new AssertionError("The gateway never received " + word);
    }

    private void awaitSent(long id) throws InterruptedException {
        for (int i = 0; i < 50 && messages.findById(id).orElseThrow().getSentAt() == null; i++) {
            Thread.sleep(100);
        }
        assertThat(messages.findById(id).orElseThrow().getSentAt()).isNotNull();
    }

    /** The send right after commit runs in the background: wait until it has tried. */
    private SmsMessage awaitFirstAttempt(long id) throws InterruptedException {
        for (int i = 0; i < 50; i++) {
            SmsMessage sms = messages.findById(id).orElseThrow();
            if (sms.getSentAt() != null || sms.getLastError() != null) {
                return sms;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("Text message " + id + " was never tried");
    }

    private static String authorization() {
        return "Basic " + Base64.getEncoder().encodeToString(
                (TestSmsGateway.USERNAME + ":" + TestSmsGateway.PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    private static String unique() {
        return "99/" + UUID.randomUUID().toString().substring(0, 8);
    }
}
