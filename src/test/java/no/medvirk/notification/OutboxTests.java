package no.medvirk.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.medvirk.MedvirkTest;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.support.TransactionTemplate;

/** Every e-mail goes through the outbox: sent after commit, retried, never lost, never sent twice. */
@MedvirkTest
class OutboxTests {

    @Autowired
    Outbox outbox;
    @Autowired
    OutboxSender sender;
    @Autowired
    OutboxMails mails;
    @Autowired
    GreenMail greenMail;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    OutboxMetrics metrics;
    @Autowired
    OutboxHealth health;

    @AfterEach
    void restore() {
        ClockUtil.reset();
        if (!greenMail.isRunning()) {
            greenMail.start();
        }
    }

    @Test
    void shouldSendAMailOnceItsTransactionCommits() throws Exception {
        String caseNumber = unique();

        transaction.executeWithoutResult(s -> outbox.send("servicesenter@medvirk.example", "message-not-reached",
                model(caseNumber)));

        MimeMessage delivered = awaitMail(caseNumber);
        assertThat(delivered.getAllRecipients()).extracting(Object::toString).containsExactly("servicesenter@medvirk.example");
        assertThat(delivered.getFrom()).extracting(Object::toString).containsExactly("medvirk@medvirk.example");
        assertThat(delivered.getContent().toString()).contains("ikke nådd", "3 ganger");
        OutboxMail mail = mailFor(caseNumber);
        assertThat(mail.getSentAt()).isNotNull();

        sender.send(mail.getId());
        sender.sendDue();
        assertThat(received(caseNumber)).hasSize(1);
    }

    @Test
    void shouldSendNothingWhenTheTransactionRollsBack() {
        String caseNumber = unique();

        assertThatThrownBy(() -> transaction.executeWithoutResult(s -> {
            outbox.send("servicesenter@medvirk.example", "message-not-reached", model(caseNumber));
            throw new IllegalStateException("the step failed");
        })).hasMessage("the step failed");

        assertThat(mails.findAll()).noneMatch(m -> m.getSubject().contains(caseNumber));
    }

    @Test
    void shouldKeepAFailedMailVisibleAndSendItLater() throws Exception {
        greenMail.stop();
        String caseNumber = unique();
        transaction.executeWithoutResult(s ->
                outbox.send("servicesenter@medvirk.example", "message-not-reached", model(caseNumber)));
        long id = mailFor(caseNumber).getId();

        OutboxMail failed = awaitFirstAttempt(id);
        assertThat(failed.getSentAt()).isNull();
        assertThat(failed.getLastError()).isNotBlank();
        assertThat(failed.getAttempts()).isGreaterThanOrEqualTo(1);
        assertThat(rest.withBasicAuth("admin", "demo").getForObject("/api/outbox", String.class)).contains(caseNumber);
        assertThat(rest.withBasicAuth("kari", "demo").getForEntity("/api/outbox", String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);

        greenMail.start();
        sender.sendDue();
        assertThat(mails.findById(id).orElseThrow().getSentAt()).as("not due yet").isNull();
        ClockUtil.setCurrentTime(Date.from(failed.getNextAttemptAt().plus(Duration.ofSeconds(1))));
        sender.sendDue();

        assertThat(awaitMail(caseNumber)).isNotNull();
        assertThat(mails.findById(id).orElseThrow().getSentAt()).isNotNull();
    }

    @Test
    void aFailingMailShowsInTheGaugesAndMakesTheOutboxDegradedNotDown() {
        var now = ClockUtil.now().toInstant();
        long id = mails.save(new OutboxMail("x@medvirk.example", unique(), "body", now)).getId();
        OutboxMetrics.State waiting = metrics.state();
        mails.markFailed(id, "Connection refused", now.plusSeconds(3600));
        try {
            OutboxMetrics.State failing = metrics.state();
            assertThat(failing.failing()).isEqualTo(waiting.failing() + 1);
            assertThat(failing.waiting()).isEqualTo(waiting.waiting());
            assertThat(health.health().getStatus()).isEqualTo(OutboxHealth.DEGRADED);
            // Still ready: a mail server that is down must not take every node out of service.
            assertThat(rest.getForEntity("/actuator/health/readiness", String.class).getStatusCode())
                    .isEqualTo(HttpStatus.OK);
        } finally {
            mails.deleteById(id);
        }
    }

    @Test
    void shouldLetOnlyOneSenderClaimAMail() {
        var now = ClockUtil.now().toInstant();
        long id = mails.save(new OutboxMail("x@medvirk.example", unique(), "body", now)).getId();

        assertThat(mails.claim(id, now, now.plusSeconds(120))).isOne();
        assertThat(mails.claim(id, now, now.plusSeconds(120))).isZero();
    }

    /** The send right after commit runs in the background: wait until it has tried. */
    private OutboxMail awaitFirstAttempt(long id) throws InterruptedException {
        for (int i = 0; i < 50; i++) {
            OutboxMail mail = mails.findById(id).orElseThrow();
            if (mail.getSentAt() != null || mail.getLastError() != null) {
                return mail;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("Mail " + id + " was never tried");
    }

    private MimeMessage awaitMail(String caseNumber) throws InterruptedException {
        for (int i = 0; i < 50; i++) {
            List<MimeMessage> found = received(caseNumber);
            if (!found.isEmpty()) {
                return found.get(0);
            }
            Thread.sleep(100);
        }
        throw new AssertionError("No mail about " + caseNumber + " arrived");
    }

    private List<MimeMessage> received(String caseNumber) {
        return Arrays.stream(greenMail.getReceivedMessages()).filter(m -> {
            try {
                return m.getSubject().contains(caseNumber);
            } catch (Exception e) {
                return false;
            }
        }).toList();
    }

    private OutboxMail mailFor(String caseNumber) {
        return mails.findAll().stream().filter(m -> m.getSubject().contains(caseNumber)).findFirst().orElseThrow();
    }

    private static Map<String, Object> model(String caseNumber) {
        return Map.of("caseNumber", caseNumber, "cardSentDate", "23.11.2026", "callAttempts", 3);
    }

    private static String unique() {
        return "T" + UUID.randomUUID().toString().substring(0, 8);
    }
}
