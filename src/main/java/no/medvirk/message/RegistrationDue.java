package no.medvirk.message;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** M2: a message is registered the day it arrives: by 16:00 that working day, or the next one if it came later. */
final class RegistrationDue {

    private static final LocalTime CLOSING = LocalTime.of(16, 0);

    private RegistrationDue() {
    }

    static Instant after(Instant received, ZoneId zone) {
        ZonedDateTime arrived = received.atZone(zone);
        LocalDate day = arrived.toLocalDate();
        if (!arrived.toLocalTime().isBefore(CLOSING)) {
            day = day.plusDays(1);
        }
        while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            day = day.plusDays(1);
        }
        return day.atTime(CLOSING).atZone(zone).toInstant();
    }
}
