package no.medvirk.duelist;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
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

    /** M10: an overdue list is to be cleared by Friday 15:00 of its week. */
    Instant clearUpDeadline() {
        return monday.plusDays(4).atTime(15, 0).atZone(zone).toInstant();
    }

    int number() {
        return monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    }
}
