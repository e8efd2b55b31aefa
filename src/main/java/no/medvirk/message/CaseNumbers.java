package no.medvirk.message;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Clock;
import java.time.Year;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Gives out case numbers: 1, 2, 3 ... per year, each once. The year's row is locked by the increment
 * until the registering transaction ends, so two registrations never get the same number, and a
 * registration that fails takes its number back with it. Call it in the registering transaction.
 */
@Component
class CaseNumbers {

    private static final String UNIQUE_VIOLATION = "23505";

    private final JdbcTemplate jdbc;
    private final Clock clock;

    CaseNumbers(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    CaseNumber next() {
        int year = Year.now(clock).getValue();
        if (increment(year) == 0) {
            startYear(year);
            increment(year);
        }
        Integer number = jdbc.queryForObject("select last_number from case_number_sequence where case_year = ?",
                Integer.class, year);
        return new CaseNumber(year, number);
    }

    private int increment(int year) {
        return jdbc.update("update case_number_sequence set last_number = last_number + 1 where case_year = ?", year);
    }

    /**
     * In the registering transaction, behind a savepoint: the year another registration started first is
     * no failure (on PostgreSQL a failed insert would spoil the transaction). Not in a transaction of its
     * own, which would need a second connection while the first is held: the first registrations of a
     * year, all at once, would take the whole pool and wait for each other.
     */
    private void startYear(int year) {
        jdbc.execute((ConnectionCallback<Void>) connection -> {
            Savepoint before = connection.setSavepoint();
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into case_number_sequence (case_year, last_number) values (?, 0)")) {
                insert.setInt(1, year);
                insert.executeUpdate();
                connection.releaseSavepoint(before);
            } catch (SQLException e) {
                if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
                    throw e;
                }
                connection.rollback(before);
            }
            return null;
        });
    }
}
