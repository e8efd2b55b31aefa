package no.medvirk.duelist;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Weeks as the due lists count them: Monday to Sunday on Oslo's clocks (M9-M11). */
class WeekTest {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    @ParameterizedTest(name = "{0} is in the week of {1}")
    @CsvSource({
            "2021-03-22T00:00, 2021-03-22",
            "2021-03-24T12:00, 2021-03-22",
            "2021-03-28T23:59, 2021-03-22",
            "2021-03-29T00:00, 2021-03-29"})
    void shouldRunFromMondayToSundayInOslo(LocalDateTime oslo, LocalDate monday) {
        assertThat(Week.of(oslo.atZone(OSLO).toInstant(), OSLO).monday()).isEqualTo(monday);
    }

    @Test
    void shouldStartTheNewWeekAtMidnightInOsloWhileItIsStillSundayInUtc() {
        Instant mondayHalfPastMidnight = Instant.parse("2021-03-21T23:30:00Z");

        Week week = Week.of(mondayHalfPastMidnight, OSLO);

        assertThat(week.monday()).isEqualTo(LocalDate.of(2021, 3, 22));
        assertThat(week.start()).isEqualTo(Instant.parse("2021-03-21T23:00:00Z"));
        assertThat(Week.of(week.start().minusSeconds(1), OSLO).monday()).isEqualTo(LocalDate.of(2021, 3, 15));
    }

    @Test
    void shouldLastAnHourLessInTheWeekSummerTimeBegins() {
        Week week = new Week(LocalDate.of(2021, 3, 22), OSLO);

        assertThat(week.start()).isEqualTo(Instant.parse("2021-03-21T23:00:00Z"));
        assertThat(week.end()).isEqualTo(Instant.parse("2021-03-28T22:00:00Z"));
        assertThat(Duration.between(week.start(), week.end())).isEqualTo(Duration.ofHours(7 * 24 - 1));
    }

    @Test
    void shouldLastAnHourMoreInTheWeekWinterTimeReturns() {
        Week week = new Week(LocalDate.of(2021, 10, 25), OSLO);

        assertThat(Duration.between(week.start(), week.end())).isEqualTo(Duration.ofHours(7 * 24 + 1));
    }

    @ParameterizedTest(name = "the week of {0} is cleared up by {1}")
    @CsvSource({
            // Winter time: Friday 15:00 in Oslo is 14:00 UTC.
            "2021-03-22, 2021-03-26T14:00:00Z",
            // The first week of summer time: 13:00 UTC.
            "2021-03-29, 2021-04-02T13:00:00Z",
            // Winter time again from Sunday 31 October.
            "2021-11-01, 2021-11-05T14:00:00Z"})
    void shouldBeClearedUpByFridayAtThreeOsloTime(LocalDate monday, Instant deadline) {
        assertThat(new Week(monday, OSLO).at(DayOfWeek.FRIDAY, LocalTime.of(15, 0))).isEqualTo(deadline);
    }

    @ParameterizedTest(name = "the week of {0} is week {1}")
    @CsvSource({"2021-03-22, 12", "2020-12-28, 53", "2021-01-04, 1", "2024-12-30, 1"})
    void shouldBeNumberedAsIsoWeeks(LocalDate monday, int number) {
        assertThat(new Week(monday, OSLO).number()).isEqualTo(number);
    }

    @Test
    void shouldCountTheFirstDaysOfJanuaryInTheLastWeekOfTheYearBefore() {
        Week week = Week.of(LocalDateTime.of(2021, 1, 3, 12, 0).atZone(OSLO).toInstant(), OSLO);

        assertThat(week.monday()).isEqualTo(LocalDate.of(2020, 12, 28));
        assertThat(week.number()).isEqualTo(53);
    }
}
