package no.medvirk.dialogue;

/** The dialogue processes' variables and form fields, in one place. */
final class DialogueVariables {

    static final String CYCLE = "dialogue-cycle";
    static final String MEETING = "dialogue-meeting";
    static final String REQUEST = "dialogue-meeting-request";

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

    // dialogue-meeting
    static final String MEETING_ID = "meetingId";
    /** The unit and date, which Tasklist's filters show on the meeting's tasks and the inputs' follow-ups. */
    static final String MEETING_NAME = "meetingName";
    static final String INVITATION_AT = "invitationAt";
    static final String AGENDA_DEADLINE = "agendaDeadline";
    static final String MEETING_END = "meetingEnd";
    static final String MINUTES_DUE = "minutesDue";
    static final String LEADER = "leader";
    static final String COORDINATOR = "coordinator";
    static final String MEETING_OUTCOME = "meetingOutcome";
    static final String MINUTES_APPROVED = "minutesApproved";

    // dialogue-meeting-request
    static final String REQUEST_ID = "requestId";
    static final String REQUEST_ACCEPTED = "requestAccepted";

    private DialogueVariables() {
    }
}
