package no.medvirk.message;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Dates as Norwegian users read them, in Europe/Oslo. */
public final class Dates {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy 'kl.' HH:mm");

    private Dates() {
    }

    public static String day(Instant instant, ZoneId zone) {
        return instant == null ? null : DAY.format(instant.atZone(zone));
    }

    public static String day(LocalDate day) {
        return day == null ? null : DAY.format(day);
    }

    public static String dayAndTime(Instant instant, ZoneId zone) {
        return instant == null ? null : DAY_AND_TIME.format(instant.atZone(zone));
    }
}
