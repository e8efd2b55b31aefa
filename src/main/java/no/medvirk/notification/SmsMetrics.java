package no.medvirk.notification;

import java.time.Clock;
import no.medvirk.operations.MetricsSettings;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The SMS outbox's gauges and counters ({@code medvirk.sms.*}), as the e-mail outbox has. */
@Component
class SmsMetrics extends RowMetrics {

    SmsMetrics(JdbcTemplate jdbc, MetricsSettings settings, Clock clock) {
        super(jdbc, settings, clock, "outbox_sms", "medvirk.sms", "Text messages");
    }
}
