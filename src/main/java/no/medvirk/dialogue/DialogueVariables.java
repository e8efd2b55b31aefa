package no.medvirk.dialogue;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import no.medvirk.forms.TaskCard;

/** The dialogue processes' variables and form fields, in one place. */
final class DialogueVariables {

    static final String CYCLE = "dialogue-cycle";
    static final String MEETING = "dialogue-meeting";
    static final String REQUEST = "dialogue-meeting-request";
    static final String YEARLY = "dialogue-inputs-yearly";
    static final String OVERVIEW = "dialogue-inputs-overview";

    // dialogue-cycle
    static final String PLAN_ID = "planId";
    static final String PLAN_APPROVED = "planApproved";
    static final String MEETING_IDS = "meetingIds";
    static final String INPUT_IDS = "inputIds";
    static final String INPUT_ID = "inputId";
    static final String FOLLOW_UP_GROUP = "followUpGroup";
    static final String FOLLOW_UP_DUE = "followUpDue";
    static final String FOLLOW_UP_FINISHED = "followUpFinished";
    static final String INITIATOR = "initiator";
    /** Set when the cycle's timer finds the year already started by hand: the model ends it. */
    static final String YEAR_PLANNED = "yearPlanned";

    // dialogue-meeting
    static final String MEETING_ID = "meetingId";
    /** The unit and date, which Tasklist's filters show on the meeting's tasks and the inputs' follow-ups. */
    static final String MEETING_NAME = TaskCard.MEETING_NAME;
    /** A task's line on its card in the task list (organisation.TasklistFilters shows it). */
    static final String CARD_TEXT = TaskCard.TEXT;
    static final String INVITATION_AT = "invitationAt";
    static final String AGENDA_DEADLINE = "agendaDeadline";
    static final String MEETING_END = "meetingEnd";
    static final String MINUTES_DUE = "minutesDue";
    static final String MINUTES_APPROVAL_DUE = "minutesApprovalDue";
    static final String LEADER = "leader";
    static final String COORDINATOR = "coordinator";
    static final String MEETING_OUTCOME = "meetingOutcome";
    static final String MINUTES_APPROVED = "minutesApproved";

    // dialogue-meeting-request
    static final String REQUEST_ID = "requestId";
    static final String REQUEST_ACCEPTED = "requestAccepted";

    // dialogue-inputs-yearly
    /** The year the chief executive takes the open inputs into the budget and action plan. */
    static final String PLAN_YEAR = "planYear";
    static final String PLAN_INPUT_IDS = "planInputIds";
    static final String OPEN_INPUTS = "openInputs";
    static final String PLAN_INPUTS_DUE = "planInputsDue";

    /** What the four processes' steps set, for the model check (forms' fields come from the forms). */
    static final Set<String> SET_BY_STEPS = Stream.concat(Stream.of(PLAN_ID, PLAN_APPROVED, MEETING_IDS, INPUT_IDS,
            INPUT_ID, FOLLOW_UP_GROUP, FOLLOW_UP_DUE, FOLLOW_UP_FINISHED, INITIATOR, MEETING_ID, MEETING_NAME,
            INVITATION_AT, AGENDA_DEADLINE, MEETING_END, MINUTES_DUE, LEADER, COORDINATOR, MEETING_OUTCOME,
            MINUTES_APPROVED, REQUEST_ID, REQUEST_ACCEPTED, YEAR_PLANNED, MINUTES_APPROVAL_DUE, PLAN_YEAR,
            PLAN_INPUT_IDS, OPEN_INPUTS, PLAN_INPUTS_DUE), CreateDialoguePlan.DUE_DATES.stream())
            .collect(Collectors.toUnmodifiableSet());

    private DialogueVariables() {
    }
}
