package no.medvirk.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.init.ScriptUtils;

/**
 * On H2 an execution's variables are read through an index of the execution, whatever the column statistics
 * H2 plans with: those of a new database, and those its automatic ANALYZE leaves when few cases are open,
 * which made the task index look as good and sent every read through the variables of all open cases.
 */
class EngineTableMigrationsH2Tests {

    /** The statement the engine reads an execution's variables with (VariableInstance.xml), as H2 explains it. */
    private static final String VARIABLES_OF_EXECUTION = "explain select * from ACT_RU_VARIABLE"
            + " where EXECUTION_ID_ = 'e1' and TASK_ID_ is null";

    private JdbcTemplate jdbc;
    private DriverManagerDataSource dataSource;

    @BeforeEach
    void createEngineTables() {
        dataSource = new DriverManagerDataSource("jdbc:h2:mem:engine_migrations_" + System.nanoTime()
                + ";DB_CLOSE_DELAY=-1", "sa", "");
        jdbc = new JdbcTemplate(dataSource);
        jdbc.execute((java.sql.Connection connection) -> {
            ScriptUtils.executeSqlScript(connection,
                    new ClassPathResource("org/camunda/bpm/engine/db/create/activiti.h2.create.engine.sql"));
            return null;
        });
    }

    @AfterEach
    void dropDatabase() {
        jdbc.execute("shutdown");
    }

    @Test
    void shouldReadAnExecutionsVariablesByTheExecutionOnANewDatabase() {
        new EngineTableMigrations(dataSource).postProcessEngineBuild(null);

        assertThat(plan(VARIABLES_OF_EXECUTION)).contains("MEDVIRK_VARIABLE_EXECUTION");
        assertThat(plan(VARIABLES_OF_EXECUTION + " and NAME_ in ('caseNumber', 'unitCode')"))
                .contains("MEDVIRK_VARIABLE_EXECUTION");
        assertThat(plan("explain select * from ACT_RU_TASK where PARENT_TASK_ID_ = 't1'")).contains("MEDVIRK_TASK_PARENT");
    }

    @Test
    void shouldReadAnExecutionsVariablesByTheExecutionWithTheStatisticsOfFewOpenCases() {
        // What ANALYZE gave on a benchmark's database between runs: a few executions, their tasks, mostly nulls.
        jdbc.execute("alter table ACT_RU_VARIABLE alter column EXECUTION_ID_ selectivity 4");
        jdbc.execute("alter table ACT_RU_VARIABLE alter column TASK_ID_ selectivity 5");
        assertThat(plan(VARIABLES_OF_EXECUTION)).as("Camunda's own indexes").contains("ACT_IDX_VARIABLE_TASK_ID");

        new EngineTableMigrations(dataSource).postProcessEngineBuild(null);

        assertThat(plan(VARIABLES_OF_EXECUTION)).contains("MEDVIRK_VARIABLE_EXECUTION");
    }

    private String plan(String explain) {
        return jdbc.queryForObject(explain, String.class);
    }
}
