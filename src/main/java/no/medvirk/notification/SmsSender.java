package no.medvirk.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Async;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClientException;

/**
 * Sends what the SMS outbox holds, as {@link OutboxSender} sends the mails: a text message is claimed in
 * the database before it is sent, so two nodes never both send it; one that failed is retried later
 * with a growing pause.
 */
@Component
class SmsSender {

    private static final Logger log = LoggerFactory.getLogger(SmsSender.class);
    private static final Duration CLAIM = Duration.ofMinutes(2);

    private final SmsMessages messages;
    private final SmsGateway gateway;
    private final SmsSettings settings;
    private final Clock clock;

    SmsSender(SmsMessages messages, SmsGateway gateway, SmsSettings settings, Clock clock) {
        this.messages = messages;
        this.gateway = gateway;
        this.settings = settings;
        this.clock = clock;
    }

    @Async
    void sendSoon(long id) {
        send(id);
    }

    @Scheduled(fixedDelayString = "${medvirk.sms.retry-every:PT1M}")
    void sendDue() {
        if (settings.configured()) {
            messages.findDue(clock.instant()).forEach(this::send);
        }
    }

    void send(long id) {
        Instant now = clock.instant();
        if (!settings.configured() || messages.claim(id, now, now.plus(CLAIM)) == 0) {
            return;
        }
        SmsMessage sms = messages.findById(id).orElseThrow();
        try {
            gateway.send(sms.getRecipient(), sms.getBody());
            messages.markSent(id, clock.instant());
        } catch (RestClientException e) {
            Duration pause = OutboxSender.pauseAfter(sms.getAttempts());
            // The log names the text message, not its recipient or content: those are personal data.
            log.warn("Text message {} not sent (attempt {}), retried in {}: {}", id, sms.getAttempts(), pause,
                    e.getClass().getSimpleName());
            messages.markFailed(id, OutboxSender.abbreviate(e.getMessage()), clock.instant().plus(pause));
        }
    }
}
