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

/**
 * An outbox as an operator follows it: rows waiting, rows whose last try failed, the age of the oldest
 * waiting row (one grouped query per {@code medvirk.metrics.refresh-every}), and counters of rows sent
 * and of failed tries on this node. Rows held for ever (the demo year's) are not waiting. One per outbox:
 * {@link OutboxMetrics} for e-mail, {@link SmsMetrics} for text messages.
 */
abstract class RowMetrics implements MeterBinder {

    /** What the outbox holds now. */
    record State(long waiting, long failing, Duration oldest) {
    }

    private final Snapshot<State> state;
    private final String prefix;
    private final String what;
    private Counter sent;
    private Counter failures;

    /**
     * @param table the outbox's table
     * @param prefix the meters' names start with it
     * @param what the rows, as the meters' descriptions name them ("E-mails")
     */
    RowMetrics(JdbcTemplate jdbc, MetricsSettings settings, Clock clock, String table, String prefix, String what) {
        this.prefix = prefix;
        this.what = what;
        this.state = settings.snapshot(() -> {
            Instant now = clock.instant();
            return jdbc.queryForObject("select count(*), coalesce(sum(case when last_error is not null then 1 else 0 end), 0),"
                            + " min(created_at) from " + table + " where sent_at is null"
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
        Gauge.builder(prefix + ".waiting", state, s -> s.get().waiting())
                .description(what + " not sent yet").register(registry);
        Gauge.builder(prefix + ".failing", state, s -> s.get().failing())
                .description(what + " not sent whose last try failed").register(registry);
        Gauge.builder(prefix + ".oldest", state, s -> s.get().oldest().toSeconds())
                .description("Age of the oldest of the " + what.toLowerCase() + " not sent").baseUnit("seconds")
                .register(registry);
        sent = Counter.builder(prefix + ".sent").description(what + " sent by this node").register(registry);
        failures = Counter.builder(prefix + ".failures").description("Failed tries to send on this node, of "
                + what.toLowerCase()).register(registry);
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
