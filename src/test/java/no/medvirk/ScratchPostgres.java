package no.medvirk;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A database of its own on the machine's PostgreSQL (127.0.0.1:5432, user postgres, trust
 * authentication, as .ci/run starts it), dropped again on close, and Medvirk nodes started on it.
 */
public final class ScratchPostgres implements AutoCloseable {

    private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";

    private final String name;

    private ScratchPostgres(String name) {
        this.name = name;
    }

    /** @param prefix says whose database it is, should one be left behind */
    public static ScratchPostgres create(String prefix) throws SQLException {
        ScratchPostgres database = new ScratchPostgres(prefix + "_" + UUID.randomUUID().toString().replace("-", ""));
        execute("create database " + database.name);
        return database;
    }

    public String name() {
        return name;
    }

    /** The JDBC URL of this database (user postgres, no password). */
    public String url() {
        return SERVER + name;
    }

    /**
     * A Medvirk node on this database, without a job executor.
     *
     * @param engineName a process engine name of its own, so as not to replace the shared test
     *                   context's engine in Camunda's static registry
     */
    public ConfigurableApplicationContext start(String engineName, String... arguments) {
        return start(engineName, List.of(), arguments);
    }

    /** @param listeners told of the node's start as it goes (see SpringApplication's events) */
    public ConfigurableApplicationContext start(String engineName, List<ApplicationListener<?>> listeners,
                                                String... arguments) {
        List<String> all = new ArrayList<>(List.of("--server.port=0", "--camunda.bpm.job-execution.enabled=false",
                "--camunda.bpm.process-engine-name=" + engineName, "--DB_URL=" + SERVER + name, "--DB_USER=postgres",
                "--DB_PASSWORD="));
        all.addAll(List.of(arguments));
        return new SpringApplicationBuilder(MedvirkApplication.class).profiles("postgres")
                .listeners(listeners.toArray(ApplicationListener[]::new)).run(all.toArray(String[]::new));
    }

    /** {@code pg_dump} in its custom format, as docs/operations.md tells operators to back up. */
    public void dumpTo(Path file) throws IOException, InterruptedException {
        run("pg_dump", "--format=custom", "--host=127.0.0.1", "--username=postgres", "--file=" + file, name);
    }

    /** {@code pg_restore} of such a dump into this (empty) database. */
    public void restoreFrom(Path file) throws IOException, InterruptedException {
        run("pg_restore", "--no-owner", "--exit-on-error", "--host=127.0.0.1", "--username=postgres",
                "--dbname=" + name, file.toString());
    }

    @Override
    public void close() throws SQLException {
        execute("drop database if exists " + name + " with (force)");
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IOException(String.join(" ", command) + " failed: " + output);
        }
    }

    private static void execute(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(SERVER + "postgres", "postgres", "");
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
