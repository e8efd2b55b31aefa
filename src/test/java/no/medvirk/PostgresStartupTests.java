package no.medvirk;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The application on a real PostgreSQL (the one on 127.0.0.1:5432 that .ci/run starts), in a database
 * of its own that is dropped afterwards: engine schema, Flyway migrations and the organisation come up.
 */
class PostgresStartupTests {

    private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";
    private final String database = "medvirk_test_" + UUID.randomUUID().toString().replace("-", "");

    @BeforeEach
    void createDatabase() throws SQLException {
        execute("create database " + database);
    }

    @AfterEach
    void dropDatabase() throws SQLException {
        execute("drop database if exists " + database + " with (force)");
    }

    @Test
    void shouldStartOnPostgresql() {
        try (WebappDelegates shared = WebappDelegates.keep();
             ConfigurableApplicationContext app = new SpringApplicationBuilder(MedvirkApplication.class)
                .profiles("postgres")
                // Its own engine name, so as not to replace the shared test context's in Camunda's registry.
                .run("--server.port=0", "--camunda.bpm.job-execution.enabled=false", "--camunda.bpm.process-engine-name=postgres",
                        "--DB_URL=" + SERVER + database, "--DB_USER=postgres", "--DB_PASSWORD=")) {
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            ProcessEngine engine = app.getBean(ProcessEngine.class);

            assertThat(jdbc.queryForObject("select current_database()", String.class)).isEqualTo(database);
            assertThat(jdbc.queryForObject(
                    "select count(*) from medvirk_schema_history where success and version = '1'", Integer.class))
                    .isOne();
            assertThat(jdbc.queryForObject("select name from unit where code = 'vei'", String.class))
                    .isEqualTo("Vei, park og idrett");
            assertThat(engine.getIdentityService().checkPassword("kari", "demo")).isTrue();
            assertThat(engine.getFilterService().createTaskFilterQuery().count()).isEqualTo(3);
        }
    }

    private static void execute(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(SERVER + "postgres", "postgres", "");
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
