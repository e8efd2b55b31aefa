package no.medvirk.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
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

    /** "10 dager", "2 uker", "1 måned og 5 dager": a period as a citizen reads it. */
    public static String period(Period period) {
        Period normal = period.normalized();
        List<String> parts = new ArrayList<>();
        if (normal.getYears() > 0) {
            parts.add(normal.getYears() + " år");
        }
        if (normal.getMonths() > 0) {
            parts.add(normal.getMonths() + (normal.getMonths() == 1 ? " måned" : " måneder"));
        }
        int days = normal.getDays();
        if (days > 0 && days % 7 == 0 && parts.isEmpty()) {
            parts.add(days / 7 + (days == 7 ? " uke" : " uker"));
        } else if (days > 0) {
            parts.add(days + (days == 1 ? " dag" : " dager"));
        }
        return parts.isEmpty() ? "0 dager" : String.join(" og ", parts);
    }
}
