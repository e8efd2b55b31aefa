package no.medvirk.notification;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * The e-mail outbox in the readiness check. Mails that fail make it {@code DEGRADED}, which the
 * readiness probe still answers with 200 (application.yml): no node can mend the mail server, and
 * taking every node out of service for it would stop the citizens' messages as well. It reads the
 * outbox's figures (a snapshot, not a query per probe), and never connects to the mail server.
 */
@Component("outboxHealthIndicator")
class OutboxHealth implements HealthIndicator {

    static final Status DEGRADED = new Status("DEGRADED", "E-mails are failing; they are tried again");

    private final OutboxMetrics metrics;
    private final ObjectProvider<JavaMailSender> mailSender;

    OutboxHealth(OutboxMetrics metrics, ObjectProvider<JavaMailSender> mailSender) {
        this.metrics = metrics;
        this.mailSender = mailSender;
    }

    @Override
    public Health health() {
        return of(metrics, DEGRADED)
                .withDetail("smtp", mailSender.getIfAvailable() == null ? "not configured: mails wait" : "configured")
                .build();
    }

    /** An outbox's figures, {@code degraded} while any of its rows failed its last try. */
    static Health.Builder of(RowMetrics metrics, Status degraded) {
        RowMetrics.State state = metrics.state();
        return Health.status(state.failing() > 0 ? degraded : Status.UP)
                .withDetail("waiting", state.waiting())
                .withDetail("failing", state.failing())
                .withDetail("oldest", state.oldest().toString());
    }
}
