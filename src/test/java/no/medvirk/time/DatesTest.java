package no.medvirk.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Dates as Norwegian users read them, on Oslo's clocks. */
class DatesTest {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    @ParameterizedTest(name = "{0} is {1} in Oslo")
    @CsvSource({
            // 23:30 UTC on the last day of March is already 1 April in Oslo (summer time, +2).
            "2027-03-31T22:30:00Z, 01.04.2027, 01.04.2027 kl. 00:30",
            // In winter Oslo is an hour ahead of UTC.
            "2027-01-15T14:00:00Z, 15.01.2027, 15.01.2027 kl. 15:00"})
    void shouldWriteAnInstantAsTheOsloDayAndTime(Instant instant, String day, String dayAndTime) {
        assertThat(Dates.day(instant, OSLO)).isEqualTo(day);
        assertThat(Dates.dayAndTime(instant, OSLO)).isEqualTo(dayAndTime);
    }

    @Test
    void shouldWriteADateWithTwoDigitDayAndMonth() {
        assertThat(Dates.day(LocalDate.of(2027, 5, 5))).isEqualTo("05.05.2027");
    }

    @Test
    void shouldWriteTheDayOutInNorwegianAsAnInvitationSaysIt() {
        assertThat(Dates.writtenDay(LocalDate.of(2027, 5, 5))).isEqualTo("onsdag 5. mai 2027");
        assertThat(Dates.writtenDay(LocalDate.of(2031, 12, 1))).isEqualTo("mandag 1. desember 2031");
        assertThat(Dates.month(LocalDate.of(2031, 6, 11))).isEqualTo("juni");
    }

    @Test
    void shouldWriteNothingForNoDate() {
        assertThat(Dates.day(null, OSLO)).isNull();
        assertThat(Dates.day(null)).isNull();
        assertThat(Dates.dayAndTime(null, OSLO)).isNull();
        assertThat(Dates.writtenDay(null)).isNull();
    }
}
