package no.medvirk.forms;

import java.util.Set;

/**
 * What a task's card in Tasklist shows (the shared filters of organisation.TasklistFilters list these
 * variables), when the task or its case has them: a message's case number, a dialogue meeting's name,
 * one line about the case. Set on the task where its readers may not read the process instance; never
 * audit matter, so kept out of the engine's history (engine.AuditHistoryLevel).
 */
public final class TaskCard {

    public static final String CASE_NUMBER = "caseNumber";
    public static final String MEETING_NAME = "meetingName";
    public static final String TEXT = "cardText";
    public static final Set<String> VARIABLES = Set.of(CASE_NUMBER, MEETING_NAME, TEXT);

    private TaskCard() {
    }
}
