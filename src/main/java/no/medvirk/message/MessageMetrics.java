package no.medvirk.message;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import no.medvirk.operations.MetricsSettings;
import no.medvirk.operations.Snapshot;
import no.medvirk.organisation.Organisation;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Messages as an operator follows them: how many came in through each channel (a counter per node,
 * counted when the message is committed), and how many are overdue per unit: not closed, the
 * submitter not yet contacted, the contact deadline passed ("none": not yet routed to a unit).
 */
@Component
class MessageMetrics implements MeterBinder {

    static final String NO_UNIT = "none";

    private final Organisation organisation;
    private final Snapshot<Map<String, Long>> overdue;
    private final Map<Channel, Counter> received = new EnumMap<>(Channel.class);

    MessageMetrics(Organisation organisation, JdbcTemplate jdbc, MetricsSettings settings, Clock clock) {
        this.organisation = organisation;
        this.overdue = settings.snapshot(() -> {
            Map<String, Long> byUnit = new HashMap<>();
            jdbc.query("select unit_code, count(*) from message where status <> 'CLOSED' and contacted_at is null"
                    + " and contact_deadline < ? group by unit_code",
                    row -> {
                        byUnit.put(row.getString(1) == null ? NO_UNIT : row.getString(1), row.getLong(2));
                    }, Timestamp.from(clock.instant()));
            return byUnit;
        });
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (Channel channel : Channel.values()) {
            received.put(channel, Counter.builder("medvirk.messages.received")
                    .description("Messages recorded, by the channel they came through").tag("channel", channel.name())
                    .register(registry));
        }
        overdueGauge(registry, NO_UNIT);
        organisation.units().forEach(unit -> overdueGauge(registry, unit.code()));
    }

    /** Counts the message once its transaction commits: a registration tried again is one message. */
    void received(Channel channel) {
        Counter counter = received.get(channel);
        if (counter == null) {
            return;
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    counter.increment();
                }
            });
        } else {
            counter.increment();
        }
    }

    private void overdueGauge(MeterRegistry registry, String unit) {
        Gauge.builder("medvirk.messages.overdue", overdue, o -> o.get().getOrDefault(unit, 0L))
                .description("Open messages whose submitter was not contacted by the deadline").tag("unit", unit)
                .register(registry);
    }
}
