package no.medvirk.duelist;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** When the weekly due list is made: the timer of weekly-due-lists.bpmn reads {@code ${dueListSchedule.cron}}. */
@Component("dueListSchedule")
public class DueListSchedule {

    private final String cron;

    DueListSchedule(@Value("${medvirk.due-list-cron}") String cron) {
        this.cron = cron;
    }

    /** A Spring cron expression, read in Europe/Oslo. */
    public String getCron() {
        return cron;
    }
}
