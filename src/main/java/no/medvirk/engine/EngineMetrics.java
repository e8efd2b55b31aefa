package no.medvirk.engine;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.medvirk.operations.MetricsSettings;
import no.medvirk.operations.Snapshot;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The engine's state as gauges: incidents by type, jobs out of retries (each is an incident in
 * Cockpit) and jobs due but not yet taken (a job executor that falls behind). Two grouped queries on
 * the engine's tables, read at most once per {@code medvirk.metrics.refresh-every}, straight through
 * JDBC so that no caller's authorizations change what they count.
 */
@Component
class EngineMetrics implements MeterBinder {

    /** The engine's own incident types; an incident of another type counts as "other". */
    private static final List<String> INCIDENT_TYPES = List.of("failedJob", "failedExternalTask", "other");

    private final Snapshot<Map<String, Long>> incidents;
    private final Snapshot<long[]> jobs;

    EngineMetrics(JdbcTemplate jdbc, MetricsSettings settings, Clock clock) {
        this.incidents = settings.snapshot(() -> {
            Map<String, Long> byType = new HashMap<>();
            jdbc.query("select incident_type_, count(*) from act_ru_incident group by incident_type_", row -> {
                String type = INCIDENT_TYPES.contains(row.getString(1)) ? row.getString(1) : "other";
                byType.merge(type, row.getLong(2), Long::sum);
            });
            return byType;
        });
        this.jobs = settings.snapshot(() -> jdbc.queryForObject(
                "select coalesce(sum(case when retries_ = 0 then 1 else 0 end), 0),"
                        + " coalesce(sum(case when retries_ > 0 and suspension_state_ = 1 and lock_owner_ is null"
                        + " and (duedate_ is null or duedate_ <= ?) then 1 else 0 end), 0) from act_ru_job",
                (row, n) -> new long[] {row.getLong(1), row.getLong(2)}, Timestamp.from(clock.instant())));
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (String type : INCIDENT_TYPES) {
            Gauge.builder("camunda.incidents", incidents, i -> i.get().getOrDefault(type, 0L))
                    .description("Open incidents: steps of running cases that failed and wait for an administrator in Cockpit")
                    .tag("type", type).register(registry);
        }
        Gauge.builder("camunda.jobs.failed", jobs, j -> j.get()[0])
                .description("Jobs with no retries left").register(registry);
        Gauge.builder("camunda.jobs.due", jobs, j -> j.get()[1])
                .description("Jobs due and waiting for a job executor").register(registry);
    }
}
