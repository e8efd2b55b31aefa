package no.medvirk.engine;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** What each new version of the routine did to the running cases, kept for administrators. */
@Component
public class ProcessChanges {

    /** One process of a deployment: how many cases moved, and those that stayed. */
    public record Change(String processKey, int fromVersion, int toVersion, int migrating, String batchId,
                         boolean batchRunning, long batchFailures, List<Left> left) {
    }

    public record Left(String processInstanceId, String businessKey, String reason) {
    }

    /** The latest deployment that found running cases, with each of its processes' changes. */
    public record Latest(String deploymentId, Instant deployedAt, String source, List<Change> changes) {
    }

    private final JdbcTemplate jdbc;
    private final ManagementService management;

    // Lazy: a changed model deployed as the engine starts is migrated (RoutineMigration) and recorded here
    // before the engine's services exist; the management service is asked only when a change is read.
    ProcessChanges(JdbcTemplate jdbc, @Lazy ManagementService management) {
        this.jdbc = jdbc;
        this.management = management;
    }

    void record(Deployment deployment, String processKey, int fromVersion, int toVersion, int migrating,
                String batchId, Map<ProcessInstance, String> left) {
        var key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            var insert = connection.prepareStatement("insert into process_change (deployment_id, deployed_at, source, "
                    + "process_key, from_version, to_version, migrating, batch_id) values (?, ?, ?, ?, ?, ?, ?, ?)",
                    new String[] {"id"});
            insert.setString(1, deployment.getId());
            insert.setTimestamp(2, new Timestamp(deployment.getDeploymentTime().getTime()));
            insert.setString(3, deployment.getSource());
            insert.setString(4, processKey);
            insert.setInt(5, fromVersion);
            insert.setInt(6, toVersion);
            insert.setInt(7, migrating);
            insert.setString(8, batchId);
            return insert;
        }, key);
        long changeId = key.getKey().longValue();
        left.forEach((instance, reason) -> jdbc.update("insert into process_change_left (change_id, "
                        + "process_instance_id, business_key, reason) values (?, ?, ?, ?)", changeId, instance.getId(),
                instance.getBusinessKey(), reason));
    }

    /** Null when no deployment ever found running cases. */
    public Latest latest() {
        List<Map<String, Object>> rows = jdbc.queryForList("select * from process_change where deployment_id = "
                + "(select deployment_id from process_change order by deployed_at desc, id desc fetch first 1 rows only) "
                + "order by process_key, from_version");
        if (rows.isEmpty()) {
            return null;
        }
        List<Change> changes = rows.stream().map(row -> {
            String batchId = (String) row.get("batch_id");
            boolean running = batchId != null && management.createBatchQuery().batchId(batchId).count() > 0;
            long failures = running ? management.createJobQuery().jobDefinitionId(management.createBatchQuery()
                    .batchId(batchId).singleResult().getBatchJobDefinitionId()).withException().count() : 0;
            List<Left> left = jdbc.query("select * from process_change_left where change_id = ? order by id",
                    (r, n) -> new Left(r.getString("process_instance_id"), r.getString("business_key"),
                            r.getString("reason")), ((Number) row.get("id")).longValue());
            return new Change((String) row.get("process_key"), ((Number) row.get("from_version")).intValue(),
                    ((Number) row.get("to_version")).intValue(), ((Number) row.get("migrating")).intValue(), batchId,
                    running, failures, left);
        }).toList();
        Map<String, Object> first = rows.get(0);
        return new Latest((String) first.get("deployment_id"), instant(first.get("deployed_at")),
                (String) first.get("source"), changes);
    }

    /** PostgreSQL's driver gives a Timestamp, H2's an OffsetDateTime. */
    private static Instant instant(Object value) {
        return value instanceof Timestamp timestamp ? timestamp.toInstant() : ((OffsetDateTime) value).toInstant();
    }
}
