package no.medvirk.notification;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.stereotype.Component;

/**
 * The SMS outbox in {@code /actuator/health}, as {@link OutboxHealth} shows the e-mails: {@code DEGRADED}
 * while text messages fail, read from its figures, never by calling the gateway. It is not in the
 * readiness group: no node can mend the gateway.
 */
@Component("smsOutboxHealthIndicator")
class SmsHealth implements HealthIndicator {

    static final Status DEGRADED = new Status("DEGRADED", "Text messages are failing; they are tried again");

    private final SmsMetrics metrics;
    private final SmsSettings settings;

    SmsHealth(SmsMetrics metrics, SmsSettings settings) {
        this.metrics = metrics;
        this.settings = settings;
    }

    @Override
    public Health health() {
        return OutboxHealth.of(metrics, DEGRADED)
                .withDetail("gateway", settings.configured() ? "configured" : "not configured: no text messages")
                .build();
    }
}
