package no.medvirk;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Medvirk on PostgreSQL, and two nodes started at the same moment on one empty database: both start,
 * and the engine's schema, Medvirk's migrations, the deployment of processes/ and the organisation
 * are made once; the message card's limit per address then holds across the two nodes.
 */
@Tag("spring")
class ClusterStartupTests {

    private static final String LIMIT = "--medvirk.intake.web-limit=2";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

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
        CountDownLatch loggingReady = new CountDownLatch(1);
        try (WebappDelegates shared = WebappDelegates.keep()) {
            List<Future<ConfigurableApplicationContext>> starting = List.of(
                    starters.submit(() -> database.start("nodea", List.of(loggedTo(loggingReady)), LIMIT)),
                    starters.submit(() -> {
                        // One JVM has one logging system, which each Spring application sets up again as it starts:
                        // node b begins when node a has done so (both well before either touches the database).
                        loggingReady.await(1, TimeUnit.MINUTES);
                        return database.start("nodeb", LIMIT);
                    }));
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
            // The migrations of the engine's tables ran after the engine made them, once.
            assertThat(jdbc.queryForList("select version from medvirk_engine_schema_history where success"
                    + " order by installed_rank", String.class)).containsExactly("0", "21", "22", "23");
            assertThat(jdbc.queryForObject("select count(*) from pg_statistic_ext where stxname like 'medvirk%'",
                    Integer.class)).isEqualTo(2);
            assertThat(jdbc.queryForList("select indexname from pg_indexes where tablename = 'act_ru_task'"
                    + " and indexname like 'medvirk%' order by indexname", String.class))
                    .containsExactly("medvirk_task_due_date", "medvirk_task_listed", "medvirk_task_parent");
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

            // Behind one proxy, the nodes count one address together (the limit is 2 here).
            assertThat(sendCard(nodes.get(0))).isNotEqualTo(HttpStatus.TOO_MANY_REQUESTS);
            assertThat(sendCard(nodes.get(1))).isNotEqualTo(HttpStatus.TOO_MANY_REQUESTS);
            assertThat(sendCard(nodes.get(0))).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
            assertThat(sendCard(nodes.get(1))).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
            assertThat(jdbc.queryForObject("select count(*) from sender_limit", Integer.class)).isOne();
            assertThat(jdbc.queryForObject("select address_hash from sender_limit", String.class))
                    .doesNotContain("127.0.0.1").hasSize(64);
        } finally {
            nodes.forEach(ConfigurableApplicationContext::close);
            starters.shutdownNow();
        }
    }

    private static ApplicationListener<ApplicationPreparedEvent> loggedTo(CountDownLatch loggingReady) {
        return event -> loggingReady.countDown();
    }

    /** The public message card as a citizen sends it: its page first (session and CSRF token), then the form. */
    private static HttpStatusCode sendCard(ConfigurableApplicationContext node) {
        int port = ((WebServerApplicationContext) node).getWebServer().getPort();
        TestRestTemplate rest = new TestRestTemplate(new RestTemplateBuilder().rootUri("http://localhost:" + port));
        ResponseEntity<String> card = rest.getForEntity("/melding", String.class);
        Matcher token = CSRF.matcher(card.getBody());
        assertThat(token.find()).isTrue();
        var form = new LinkedMultiValueMap<String, String>();
        form.add("_csrf", token.group(1));
        form.add("text", "Gatelyset i Storgata er mørkt.");
        form.add("website", "");
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        headers.add(HttpHeaders.COOKIE, card.getHeaders().getFirst(HttpHeaders.SET_COOKIE).split(";")[0]);
        return rest.exchange("/melding", HttpMethod.POST, new HttpEntity<>(form, headers), String.class).getStatusCode();
    }
}
