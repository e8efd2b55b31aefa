package no.medvirk.duelist;

import java.util.Set;
import no.medvirk.forms.TaskCard;

/** The weekly due lists' process variables and form fields, in one place. */
final class DueListVariables {

    static final String PROCESS = "weekly-due-lists";

    static final String DUE_LIST_ID = "dueListId";
    /** Whether the list has anything on it: an empty list makes no task. */
    static final String LISTED = "listed";
    /** The units (or the mayor's office) with messages newly overdue this week: one overdue list each. */
    static final String OVERDUE_RESPONSIBLES = "overdueResponsibles";
    /** The element of {@link #OVERDUE_RESPONSIBLES} one overdue list is for. */
    static final String RESPONSIBLE = "responsible";
    /** The chief executive's instruction, on the overdue task of each unit it concerns. */
    static final String CHIEF_INSTRUCTION = "chiefInstruction";
    static final String ESCALATE = "escalate";
    static final String CLEAR_UP_GROUP = "clearUpGroup";
    static final String CLEAR_UP_DUE = "clearUpDue";

    // Form fields
    static final String COMMENT = "comment";
    static final String INSTRUCTION = "instruction";
    /** A task's line on its card in the task list (organisation.TasklistFilters shows it). */
    static final String CARD_TEXT = TaskCard.TEXT;

    /** What the routine's steps set, for the model check (forms' fields come from the forms). */
    static final Set<String> SET_BY_STEPS = Set.of(DUE_LIST_ID, LISTED, OVERDUE_RESPONSIBLES, ESCALATE,
            CLEAR_UP_GROUP, CLEAR_UP_DUE, CHIEF_INSTRUCTION);

    private DueListVariables() {
    }
}
