package no.medvirk.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import no.medvirk.MedvirkTest;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** M2: case numbers YY/N, one sequence a year, each number given once. */
@MedvirkTest
class CaseNumbersTests {

    @Autowired
    CaseNumbers caseNumbers;
    @Autowired
    TransactionTemplate transaction;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void shouldNumberOneAfterTheOtherAndStartAgainEachYear() {
        at(LocalDateTime.of(2031, 12, 31, 23, 59));
        CaseNumber first = next();
        CaseNumber second = next();
        // New Year's night in Oslo is still the old year in UTC: the year is Oslo's.
        at(LocalDateTime.of(2032, 1, 1, 0, 30));
        CaseNumber newYear = next();

        assertThat(first).hasToString("31/1");
        assertThat(second).hasToString("31/2");
        assertThat(newYear).hasToString("32/1");
    }

    @Test
    void shouldCountOnlyNumbersWhoseRegistrationCommitted() {
        // A registration that fails takes its number back with it: no gap, and no number given twice.
        at(LocalDateTime.of(2033, 3, 1, 12, 0));
        CaseNumber kept = next();
        try {
            transaction.executeWithoutResult(s -> {
                caseNumbers.next();
                s.setRollbackOnly();
            });
        } finally {
            assertThat(next()).hasToString("33/" + (kept.sequence() + 1));
        }
    }

    @Test
    void shouldReadAndWriteTheUsualForm() {
        assertThat(CaseNumber.parse("26/1380")).isEqualTo(new CaseNumber(2026, 1380));
        assertThat(CaseNumber.parse("26", "7")).hasToString("26/7");
        assertThat(new CaseNumber(2105, 3)).hasToString("05/3");
        assertThatThrownBy(() -> CaseNumber.parse("2026-1380")).isInstanceOf(IllegalArgumentException.class);
    }

    private CaseNumber next() {
        return transaction.execute(s -> caseNumbers.next());
    }

    private static void at(LocalDateTime oslo) {
        ClockUtil.setCurrentTime(Date.from(oslo.atZone(ZoneId.of("Europe/Oslo")).toInstant()));
    }
}
