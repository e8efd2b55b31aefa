package no.medvirk.dialogue;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** When a meeting is: a day, and from and to in Oslo's local time (D1: afternoon or evening, two hours). */
record MeetingTime(LocalDate date, LocalTime start, LocalTime end) {

    /** Hours and minutes as Norwegians write them, "18.00" (or "18:00", "8.30"). */
    private static final Pattern CLOCK = Pattern.compile("^([01]?[0-9]|2[0-3])[:.]([0-5][0-9])(?::[0-5][0-9](?:\\.\\d+)?)?$");

    /** A time of day typed in a form, to the minute; @throws DateTimeException for anything else. */
    static LocalTime clock(String typed) {
        Matcher time = CLOCK.matcher(typed.trim());
        if (!time.matches()) {
            throw new DateTimeException("Not a time of day");
        }
        return LocalTime.of(Integer.parseInt(time.group(1)), Integer.parseInt(time.group(2)));
    }
}
