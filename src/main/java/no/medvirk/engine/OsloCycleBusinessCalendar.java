package no.medvirk.engine;

import java.time.ZonedDateTime;
import java.util.Date;
import no.medvirk.time.EngineClock;
import org.camunda.bpm.engine.impl.calendar.BusinessCalendarManager;
import org.camunda.bpm.engine.impl.calendar.CycleBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DueDateBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DurationBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.MapBusinessCalendarManager;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.scheduling.support.CronExpression;

/**
 * Cron timers in Europe/Oslo, whatever the server's time zone: "Monday 07:00" stays 07:00 on the
 * town hall's clocks across daylight-saving changes. The engine would read cron in the JVM's zone.
 * Camunda 7.24 reads cron in Spring's syntax, so Spring's parser reads it here. Repeating ISO
 * intervals (R/...) are left to the engine.
 */
class OsloCycleBusinessCalendar extends CycleBusinessCalendar {

    /** The engine's own calendars, but cron cycles in Europe/Oslo; the plain test engine takes them too. */
    static BusinessCalendarManager withEngineCalendars() {
        MapBusinessCalendarManager calendars = new MapBusinessCalendarManager();
        calendars.addBusinessCalendar(DurationBusinessCalendar.NAME, new DurationBusinessCalendar());
        calendars.addBusinessCalendar(DueDateBusinessCalendar.NAME, new DueDateBusinessCalendar());
        calendars.addBusinessCalendar(CycleBusinessCalendar.NAME, new OsloCycleBusinessCalendar());
        return calendars;
    }

    @Override
    public Date resolveDuedate(String duedateDescription, Date startDate, long repeatOffset) {
        if (duedateDescription.startsWith("R")) {
            return super.resolveDuedate(duedateDescription, startDate, repeatOffset);
        }
        Date from = startDate == null ? ClockUtil.getCurrentTime() : startDate;
        ZonedDateTime next = CronExpression.parse(duedateDescription)
                .next(from.toInstant().atZone(EngineClock.OSLO));
        if (next == null) {
            throw new IllegalArgumentException("The cron expression '" + duedateDescription + "' never fires");
        }
        return Date.from(next.toInstant());
    }
}
