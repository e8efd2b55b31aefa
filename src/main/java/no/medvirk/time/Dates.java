package no.medvirk.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as Norwegian users read them, in Europe/Oslo. */
public final class Dates {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy 'kl.' HH:mm");
    private static final Locale NORWEGIAN = Locale.forLanguageTag("nb");
    private static final DateTimeFormatter WRITTEN_DAY = DateTimeFormatter.ofPattern("EEEE d. MMMM yyyy", NORWEGIAN);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM", NORWEGIAN);

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

    /** "onsdag 5. mai 2027", as an invitation says it. */
    public static String writtenDay(LocalDate day) {
        return day == null ? null : WRITTEN_DAY.format(day);
    }

    /** "mai". */
    public static String month(LocalDate day) {
        return MONTH.format(day);
    }
}
