package no.medvirk.notification;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import no.medvirk.operations.MetricsSettings;
import no.medvirk.operations.Snapshot;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The outbox as an operator follows it: mails waiting, mails whose last try failed, the age of the
 * oldest waiting mail (one grouped query per {@code medvirk.metrics.refresh-every}), and counters of
 * mails sent and of failed tries on this node. Mails held for ever (the demo year's) are not waiting.
 */
@Component
class OutboxMetrics implements MeterBinder {

    /** What the outbox holds now. */
    record State(long waiting, long failing, Duration oldest) {
    }

    private final Snapshot<State> state;
    private Counter sent;
    private Counter failures;

    OutboxMetrics(JdbcTemplate jdbc, MetricsSettings settings, Clock clock) {
        this.state = settings.snapshot(() -> {
            Instant now = clock.instant();
            return jdbc.queryForObject("select count(*), coalesce(sum(case when last_error is not null then 1 else 0 end), 0),"
                            + " min(created_at) from outbox_mail where sent_at is null"
                            + " and (claimed_until is null or claimed_until < ?)",
                    (row, n) -> {
                        Timestamp oldest = row.getTimestamp(3);
                        return new State(row.getLong(1), row.getLong(2),
                                oldest == null ? Duration.ZERO : Duration.between(oldest.toInstant(), now));
                    }, Timestamp.from(now.plus(Duration.ofDays(365))));
        });
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("medvirk.outbox.waiting", state, s -> s.get().waiting())
                .description("E-mails not sent yet").register(registry);
        Gauge.builder("medvirk.outbox.failing", state, s -> s.get().failing())
                .description("E-mails not sent whose last try failed").register(registry);
        Gauge.builder("medvirk.outbox.oldest", state, s -> s.get().oldest().toSeconds())
                .description("Age of the oldest e-mail not sent").baseUnit("seconds").register(registry);
        sent = Counter.builder("medvirk.outbox.sent").description("E-mails sent by this node").register(registry);
        failures = Counter.builder("medvirk.outbox.failures").description("Failed tries to send an e-mail on this node")
                .register(registry);
    }

    State state() {
        return state.get();
    }

    void sent() {
        if (sent != null) {
            sent.increment();
        }
    }

    void failed() {
        if (failures != null) {
            failures.increment();
        }
    }
}
