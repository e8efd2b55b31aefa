package no.medvirk.engine;

import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.flywaydb.core.Flyway;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Medvirk's migrations of the engine's own tables, per database ({@code db/engine/postgresql},
 * {@code db/engine/h2}), with a Flyway history of their own ({@code medvirk_engine_schema_history}). They run once the
 * engine has made or checked its schema, at every start: Medvirk's other migrations run before the engine
 * is built (the engine joins the JPA transaction manager, which needs Hibernate, which validates Medvirk's
 * tables), so on a fresh database a migration among them would find no engine tables yet. On a database
 * from before these migrations the history starts empty (baseline 0) and they all run once. What they
 * create is named {@code medvirk_...}, never like Camunda's {@code ACT_...}, so that Camunda's upgrade
 * scripts, which alter its tables and its own indexes by name, leave it alone.
 */
@Component
class EngineTableMigrations extends AbstractProcessEnginePlugin {

    static final String HISTORY = "medvirk_engine_schema_history";

    private final DataSource dataSource;

    EngineTableMigrations(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        String location = "db/engine/" + Databases.vendor(dataSource);
        if (!new ClassPathResource(location).exists()) {
            return;
        }
        Flyway.configure().dataSource(dataSource).table(HISTORY).locations("classpath:" + location)
                .baselineOnMigrate(true).baselineVersion("0").load().migrate();
    }
}
