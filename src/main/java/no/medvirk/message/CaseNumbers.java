package no.medvirk.message;

import java.time.Clock;
import java.time.Year;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gives out case numbers: 1, 2, 3 ... per year, each once. The year's row is locked by the increment
 * until the registering transaction ends, so two registrations never get the same number.
 */
@Component
class CaseNumbers {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate separately;
    private final Clock clock;

    CaseNumbers(JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    CaseNumber next() {
        int year = Year.now(clock).getValue();
        if (jdbc.update("update case_number_sequence set last_number = last_number + 1 where case_year = ?", year) == 0) {
            startYear(year);
            jdbc.update("update case_number_sequence set last_number = last_number + 1 where case_year = ?", year);
        }
        Integer number = jdbc.queryForObject("select last_number from case_number_sequence where case_year = ?",
                Integer.class, year);
        return new CaseNumber(year, number);
    }

    // In a transaction of its own: on PostgreSQL a failed insert would spoil the caller's transaction.
    private void startYear(int year) {
        try {
            separately.executeWithoutResult(status ->
                    jdbc.update("insert into case_number_sequence (case_year, last_number) values (?, 0)", year));
        } catch (DuplicateKeyException e) {
            // Another registration started the year first.
        }
    }
}
