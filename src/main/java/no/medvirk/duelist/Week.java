package no.medvirk.duelist;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/** An ISO week in Europe/Oslo, Monday to Sunday; its hours follow the clocks over daylight saving. */
record Week(LocalDate monday, ZoneId zone) {

    static Week of(Instant instant, ZoneId zone) {
        return new Week(instant.atZone(zone).toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)),
                zone);
    }

    Instant start() {
        return monday.atStartOfDay(zone).toInstant();
    }

    Instant end() {
        return monday.plusWeeks(1).atStartOfDay(zone).toInstant();
    }

    /** M10: the moment on a day of the week, by which an overdue list is to be cleared (Friday 15:00). */
    Instant at(DayOfWeek day, LocalTime time) {
        return monday.with(TemporalAdjusters.nextOrSame(day)).atTime(time).atZone(zone).toInstant();
    }

    int number() {
        return monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    }
}
