package no.medvirk.notification;

import java.time.Clock;
import no.medvirk.operations.MetricsSettings;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The e-mail outbox's gauges and counters ({@code medvirk.outbox.*}). */
@Component
class OutboxMetrics extends RowMetrics {

    OutboxMetrics(JdbcTemplate jdbc, MetricsSettings settings, Clock clock) {
        super(jdbc, settings, clock, "outbox_mail", "medvirk.outbox", "E-mails");
    }
}
