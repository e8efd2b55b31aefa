package no.medvirk.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import no.medvirk.ScratchPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The engine's tables on a database from before Medvirk's migrations of them get those migrations once,
 * at the next start and never again. (A fresh database gets them after the engine made its tables:
 * ClusterStartupTests.)
 */
@Tag("spring")
class EngineTableMigrationsTests {

    private ScratchPostgres database;
    private DriverManagerDataSource dataSource;
    private JdbcTemplate jdbc;

    @BeforeEach
    void createDatabase() throws SQLException {
        database = ScratchPostgres.create("medvirk_engine_migrations");
        dataSource = new DriverManagerDataSource(database.url(), "postgres", "");
        jdbc = new JdbcTemplate(dataSource);
    }

    @AfterEach
    void dropDatabase() throws SQLException {
        database.close();
    }

    @Test
    void shouldMigrateTheEnginesTablesOnceOnADatabaseFromBeforeTheMigrations() {
        // The engine's table as an earlier start made it (the columns the migrations use).
        jdbc.execute("create table act_ru_authorization (id_ varchar(64) primary key, perms_ integer)");
        jdbc.execute("create table act_ru_task (id_ varchar(64) primary key, rev_ integer, due_date_ timestamp,"
                + " parent_task_id_ varchar(64), tenant_id_ varchar(64), assignee_ varchar(255), suspension_state_ integer)");
        jdbc.execute("create table act_ru_identitylink (id_ varchar(64) primary key, task_id_ varchar(64),"
                + " type_ varchar(255), group_id_ varchar(255))");

        new EngineTableMigrations(dataSource).postProcessEngineBuild(null);
        new EngineTableMigrations(dataSource).postProcessEngineBuild(null);

        assertThat(jdbc.queryForList("select version from " + EngineTableMigrations.HISTORY
                + " where success order by installed_rank", String.class)).containsExactly("0", "21", "22", "23");
        assertThat(jdbc.queryForList("select stxname from pg_statistic_ext order by stxname", String.class))
                .containsExactly("medvirk_authorization_read", "medvirk_authorization_read_task");
        assertThat(jdbc.queryForList("select indexname from pg_indexes where indexname like 'medvirk_task%'"
                + " order by indexname", String.class))
                .containsExactly("medvirk_task_candidates", "medvirk_task_due_date", "medvirk_task_listed", "medvirk_task_parent");
        // V23 made V22's due-date index again, in the order of the engine's list query.
        assertThat(jdbc.queryForObject("select indexdef from pg_indexes where indexname = 'medvirk_task_due_date'",
                String.class)).endsWith("(due_date_, rev_, id_)");
    }
}
