package no.medvirk.organisation;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import no.medvirk.operations.MetricsSettings;
import no.medvirk.operations.Snapshot;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Open and overdue tasks per group of the organisation file (each unit, its leaders, each office), as
 * Tasklist's "Enhetens oppgaver" counts them: the tasks the group is a candidate for, assigned or not.
 * One grouped query on the engine's tables per {@code medvirk.metrics.refresh-every}.
 */
@Component
class TaskMetrics implements MeterBinder {

    private final Organisation organisation;
    private final Snapshot<Map<String, long[]>> byGroup;

    TaskMetrics(Organisation organisation, JdbcTemplate jdbc, MetricsSettings settings, Clock clock) {
        this.organisation = organisation;
        this.byGroup = settings.snapshot(() -> {
            Map<String, long[]> counts = new HashMap<>();
            jdbc.query("select l.group_id_, count(distinct t.id_), count(distinct case when t.due_date_ < ? then t.id_ end)"
                    + " from act_ru_task t join act_ru_identitylink l on l.task_id_ = t.id_"
                    + " where l.type_ = 'candidate' and l.group_id_ is not null group by l.group_id_",
                    row -> {
                        counts.put(row.getString(1), new long[] {row.getLong(2), row.getLong(3)});
                    }, Timestamp.from(clock.instant()));
            return counts;
        });
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (String group : OrganisationSync.groupsOf(organisation).keySet()) {
            if (group.equals(OrganisationGroups.ALL_USERS) || group.equals(OrganisationGroups.ADMINISTRATORS)) {
                continue;
            }
            Gauge.builder("medvirk.tasks.open", byGroup, g -> g.get().getOrDefault(group, new long[2])[0])
                    .description("Open tasks the group may take, assigned or not").tag("group", group).register(registry);
            Gauge.builder("medvirk.tasks.overdue", byGroup, g -> g.get().getOrDefault(group, new long[2])[1])
                    .description("Of those, the ones past their due date").tag("group", group).register(registry);
        }
    }
}
