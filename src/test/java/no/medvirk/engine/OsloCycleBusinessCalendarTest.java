package no.medvirk.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Date;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OsloCycleBusinessCalendarTest {

    private final OsloCycleBusinessCalendar calendar = new OsloCycleBusinessCalendar();

    @ParameterizedTest(name = "after {0}: {1}")
    @CsvSource({
            // An ordinary winter week: 07:00 in Oslo is 06:00 UTC.
            "2026-11-23T12:00:00Z, 2026-11-30T06:00:00Z",
            // Summer time begins on Sunday 28 March 2027: Monday 07:00 is 05:00 UTC.
            "2027-03-27T12:00:00Z, 2027-03-29T05:00:00Z",
            // Winter time returns on Sunday 31 October 2027: Monday 07:00 is 06:00 UTC again.
            "2027-10-30T12:00:00Z, 2027-11-01T06:00:00Z"})
    void shouldFireOnMondayAtSevenOnOsloClocks(String after, String expected) {
        Date next = calendar.resolveDuedate("0 0 7 * * MON", Date.from(Instant.parse(after)), 0);

        assertThat(next.toInstant()).isEqualTo(Instant.parse(expected));
    }

    @ParameterizedTest
    @CsvSource("'R3/2026-11-23T10:00:00Z/PT1H', 2026-11-23T10:00:00Z")
    void shouldLeaveRepeatingIntervalsToTheEngine(String cycle, String expected) {
        Date next = calendar.resolveDuedate(cycle, Date.from(Instant.parse("2026-11-23T09:00:00Z")), 0);

        assertThat(next.toInstant()).isEqualTo(Instant.parse(expected));
    }
}
