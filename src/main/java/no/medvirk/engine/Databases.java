package no.medvirk.engine;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.boot.jdbc.DatabaseDriver;
import org.springframework.dao.DataAccessResourceFailureException;

/**
 * Which database Medvirk runs on, for the few places whose SQL differs between H2 (the quick start)
 * and PostgreSQL (production and clusters): read from the connection's metadata, as Spring Boot names it.
 */
public final class Databases {

    private Databases() {
    }

    public static boolean isPostgres(DataSource dataSource) {
        return driver(dataSource) == DatabaseDriver.POSTGRESQL;
    }

    public static boolean isPostgres(Connection connection) throws SQLException {
        return driver(connection) == DatabaseDriver.POSTGRESQL;
    }

    /** Spring Boot's id of the database: "postgresql", "h2", … */
    static String vendor(DataSource dataSource) {
        return driver(dataSource).getId();
    }

    private static DatabaseDriver driver(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return driver(connection);
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("Cannot tell which database Medvirk runs on", e);
        }
    }

    private static DatabaseDriver driver(Connection connection) throws SQLException {
        return DatabaseDriver.fromProductName(connection.getMetaData().getDatabaseProductName());
    }
}
