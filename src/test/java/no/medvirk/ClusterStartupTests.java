package no.medvirk;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Medvirk on PostgreSQL, and two nodes started at the same moment on one empty database: both start,
 * and the engine's schema, Medvirk's migrations, the deployment of processes/ and the organisation
 * are made once.
 */
@Tag("spring")
class ClusterStartupTests {

    private ScratchPostgres database;

    @BeforeEach
    void createDatabase() throws SQLException {
        database = ScratchPostgres.create("medvirk_cluster");
    }

    @AfterEach
    void dropDatabase() throws SQLException {
        database.close();
    }

    @Test
    void twoNodesStartingTogetherOnAnEmptyDatabaseBothStartAndMakeEverythingOnce() throws Exception {
        List<ConfigurableApplicationContext> nodes = new ArrayList<>();
        ExecutorService starters = Executors.newFixedThreadPool(2);
        CyclicBarrier together = new CyclicBarrier(2);
        try (WebappDelegates shared = WebappDelegates.keep()) {
            List<Future<ConfigurableApplicationContext>> starting = List.of(
                    starters.submit(() -> start("node-a", together)), starters.submit(() -> start("node-b", together)));
            List<Throwable> failures = new ArrayList<>();
            for (Future<ConfigurableApplicationContext> node : starting) {
                try {
                    nodes.add(node.get(5, TimeUnit.MINUTES));
                } catch (ExecutionException e) {
                    failures.add(e.getCause());
                }
            }
            assertThat(failures).isEmpty();

            JdbcTemplate jdbc = nodes.get(0).getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForObject("select current_database()", String.class)).isEqualTo(database.name());
            assertThat(jdbc.queryForObject("select count(*) from act_re_deployment", Integer.class)).isOne();
            assertThat(jdbc.queryForObject("select name from unit where code = 'vei'", String.class))
                    .isEqualTo("Vei, park og idrett");
            assertThat(jdbc.queryForObject("select count(*) from act_id_user where id_ = 'kari'", Integer.class)).isOne();
            assertThat(jdbc.queryForObject("select count(*) from medvirk_schema_history where not success",
                    Integer.class)).isZero();
            for (ConfigurableApplicationContext node : nodes) {
                ProcessEngine engine = node.getBean(ProcessEngine.class);
                assertThat(engine.getFilterService().createTaskFilterQuery().count()).isEqualTo(3);
                assertThat(engine.getIdentityService().checkPassword("kari", "demo")).isTrue();
                assertThat(engine.getRepositoryService().createProcessDefinitionQuery()
                        .processDefinitionKey("message-lifecycle").count()).isOne();
            }
            // Every grant once: a second node's sync that did not see the first's would have added its own.
            assertThat(jdbc.queryForObject("select count(*) from (select 1 from act_ru_authorization"
                    + " group by type_, group_id_, user_id_, resource_type_, resource_id_ having count(*) > 1) twice",
                    Integer.class)).isZero();
        } finally {
            nodes.forEach(ConfigurableApplicationContext::close);
            starters.shutdownNow();
        }
    }

    private ConfigurableApplicationContext start(String node, CyclicBarrier together) throws Exception {
        together.await();
        return database.start(node.replace("-", ""));
    }
}
