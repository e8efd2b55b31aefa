package no.medvirk.demo;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Random;
import java.util.Set;

/**
 * The town hall's week: Monday to Friday, 08:00 to 15:45, without Norway's public holidays. The
 * demo year's people work in it; citizens write on the web at any hour.
 */
final class WorkCalendar {

    static final LocalTime OPENS = LocalTime.of(8, 0);
    static final LocalTime CLOSES = LocalTime.of(15, 45);
    private static final Set<MonthDay> FIXED_HOLIDAYS = Set.of(MonthDay.of(1, 1), MonthDay.of(5, 1),
            MonthDay.of(5, 17), MonthDay.of(12, 25), MonthDay.of(12, 26));

    private final ZoneId zone;

    WorkCalendar(ZoneId zone) {
        this.zone = zone;
    }

    ZoneId zone() {
        return zone;
    }

    boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
                && !isHoliday(day);
    }

    /** Norway's public holidays: the fixed ones and those that move with Easter. */
    static boolean isHoliday(LocalDate day) {
        if (FIXED_HOLIDAYS.contains(MonthDay.from(day))) {
            return true;
        }
        LocalDate easter = easterSunday(day.getYear());
        long fromEaster = day.toEpochDay() - easter.toEpochDay();
        // Maundy Thursday, Good Friday, Easter Sunday and Monday, Ascension Day, Whit Sunday and Monday.
        return fromEaster == -3 || fromEaster == -2 || fromEaster == 0 || fromEaster == 1 || fromEaster == 39
                || fromEaster == 49 || fromEaster == 50;
    }

    /** The Gregorian Easter Sunday (the anonymous algorithm of Meeus, Jones and Butcher). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }

    /**
     * A moment of the working day some whole days after {@code from} (0: the same day, if it is a
     * working day still open), never before {@code from}.
     */
    Instant workingTime(Instant from, int minDays, int maxDays, Random random) {
        ZonedDateTime start = from.atZone(zone);
        LocalDate day = start.toLocalDate().plusDays(minDays + random.nextInt(maxDays - minDays + 1));
        while (!isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        Instant at = randomTime(day, random);
        if (!at.isAfter(from)) {
            // The same day: a little later, if the office is still open; else the next working day.
            Instant later = from.plusSeconds(60L * (5 + random.nextInt(90)));
            if (later.atZone(zone).toLocalTime().isBefore(CLOSES) && later.atZone(zone).toLocalDate().equals(day)) {
                return later;
            }
            return workingTime(day.plusDays(1).atStartOfDay(zone).toInstant(), 0, 0, random);
        }
        return at;
    }

    /** A moment in the office hours of this day. */
    Instant randomTime(LocalDate day, Random random) {
        int minutes = OPENS.getHour() * 60 + random.nextInt((int) java.time.Duration.between(OPENS, CLOSES).toMinutes());
        return day.atTime(minutes / 60, minutes % 60, random.nextInt(60)).atZone(zone).toInstant();
    }
}
