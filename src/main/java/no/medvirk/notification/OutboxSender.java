package no.medvirk.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Async;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends what the outbox holds. A mail is claimed in the database before it is sent, so two nodes
 * of a cluster never both send it; one that failed is retried later with a growing pause. Without
 * SMTP configured (spring.mail.host) nothing is sent and the mails wait in the outbox, where the
 * administrator sees them ({@code GET /api/outbox}).
 *
 * <p>This polling is plumbing of the outbox, not a step of a routine: routines' timers are BPMN timers.
 */
@Component
class OutboxSender {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);
    private static final Duration CLAIM = Duration.ofMinutes(2);
    private static final Duration LONGEST_PAUSE = Duration.ofHours(1);

    private final OutboxMails mails;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final String from;
    private final Clock clock;
    private final OutboxMetrics metrics;

    OutboxSender(OutboxMails mails, ObjectProvider<JavaMailSender> mailSender,
                 @Value("${medvirk.mail.from}") String from, Clock clock, OutboxMetrics metrics) {
        this.mails = mails;
        this.mailSender = mailSender;
        this.from = from;
        this.clock = clock;
        this.metrics = metrics;
    }

    @Async
    void sendSoon(long id) {
        send(id);
    }

    @Scheduled(fixedDelayString = "${medvirk.mail.retry-every:PT1M}")
    void sendDue() {
        mails.findDue(clock.instant()).forEach(this::send);
    }

    void send(long id) {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            return;
        }
        Instant now = clock.instant();
        if (mails.claim(id, now, now.plus(CLAIM)) == 0) {
            return;
        }
        OutboxMail mail = mails.findById(id).orElseThrow();
        try {
            SimpleMailMessage message = new SimpleMailMessage();
            message.setFrom(from);
            message.setTo(mail.getRecipient());
            message.setSubject(mail.getSubject());
            message.setText(mail.getBody());
            sender.send(message);
            mails.markSent(id, clock.instant());
            metrics.sent();
        } catch (MailException e) {
            Duration pause = pauseAfter(mail.getAttempts());
            // The log names the mail, not its recipient or content: those may be personal data.
            log.warn("E-mail {} not sent (attempt {}), retried in {}: {}", id, mail.getAttempts(), pause,
                    e.getMessage());
            mails.markFailed(id, abbreviate(e.getMessage()), clock.instant().plus(pause));
            metrics.failed();
        }
    }

    /** A minute after the first failed try, doubling up to an hour: a gateway that is down is not hammered. */
    static Duration pauseAfter(int attempts) {
        Duration pause = Duration.ofMinutes(1L << Math.min(attempts, 6));
        return pause.compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause;
    }

    static String abbreviate(String text) {
        return text == null ? "unknown error" : text.length() <= 1000 ? text : text.substring(0, 1000);
    }
}
