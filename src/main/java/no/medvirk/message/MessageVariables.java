package no.medvirk.message;

import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import no.medvirk.forms.CompletedForm;
import no.medvirk.forms.TaskCard;

/**
 * The names of the message lifecycle's process variables and form fields, in one place. The process
 * holds only what its gateways, timers, decision and forms need; the record holds the rest.
 */
final class MessageVariables {

    static final String PROCESS = "message-lifecycle";

    // Gateways, timers, the routing decision
    static final String RECORDED = "recorded";
    static final String REGISTERED = "registered";
    static final String KIND = "kind";
    static final String SUBJECT_AREA = "subjectArea";
    static final String POLITICAL = "political";
    static final String EXTERNAL = "external";
    static final String ROUTING = "routing";
    static final String ROUTED_TO = "routedTo";
    static final String UNIT_CODE = "unitCode";
    static final String HAND_OUT_GROUP = "handOutGroup";
    static final String CASEWORKER = "caseworker";
    static final String HAS_PHONE = "hasPhone";
    static final String CONTACT_DEADLINE = "contactDeadline";
    /** Until when the submitter may call back after the contact card (Task_RecordCallback's due date and timer). */
    static final String CALLBACK_DEADLINE = "callbackDeadline";
    static final String REGISTRATION_DUE = "registrationDue";
    static final String MAX_CALL_ATTEMPTS = "maxCallAttempts";
    /** Whether the rules owe the submitter a call at all (praise is passed on instead). */
    static final String CALL_BACK = "callBack";
    static final String CALL_ATTEMPTS = "callAttempts";
    static final String REACHED = "reached";
    static final String CASE_NUMBER = TaskCard.CASE_NUMBER;
    /** The case a message joins as a duplicate (the registration form's field, checked); null for most. */
    static final String DUPLICATE_OF = "duplicateOf";

    /** The message the status page correlates when its submitter withdraws it (the event subprocess's start). */
    static final String WITHDRAWN_MESSAGE = "message-withdrawn";

    /** The task card's line about the case (see MessageDisplay.card); organisation.TasklistFilters shows it. */
    static final String CARD_TEXT = TaskCard.TEXT;

    // Form fields
    static final String CHANNEL = "channel";
    static final String RECEIVED_AT = "receivedAt";
    static final String TEXT = "text";
    static final String SUBMITTER_NAME = "submitterName";
    static final String SUBMITTER_ADDRESS = "submitterAddress";
    static final String SUBMITTER_PHONE = "submitterPhone";
    static final String SUBMITTER_EMAIL = "submitterEmail";
    static final String ANSWER = "answer";
    static final String ANSWERED_BY = "answeredBy";
    static final String SATISFACTION = "satisfaction";
    static final String DISSATISFACTION_REASON = "dissatisfactionReason";
    static final String ALTERNATIVE_PROPOSAL = "alternativeProposal";
    static final String CASEWORKER_OPTIONS = "caseworkerOptions";
    /** The standard answers' select: its options (set on the task), and the text chosen. */
    static final String STANDARD_ANSWERS = "standardAnswers";
    static final String STANDARD_ANSWER = "standardAnswer";
    /** Where the problem is, in words (the registration form corrects it). */
    static final String PLACE_TEXT = "placeText";
    /** The point, the district and the photos, in Medvirk's own words and links (markdown for a form's text). */
    static final String PLACE_DETAILS = "placeDetails";

    /** What the lifecycle's steps and registration set, for the model check (forms' fields come from the forms). */
    static final Set<String> SET_BY_STEPS = Set.of(RECORDED, REGISTERED, KIND, SUBJECT_AREA, POLITICAL, EXTERNAL,
            ROUTING, ROUTED_TO, UNIT_CODE, HAND_OUT_GROUP, CASEWORKER, HAS_PHONE, CONTACT_DEADLINE, CALLBACK_DEADLINE, REGISTRATION_DUE,
            MAX_CALL_ATTEMPTS, CALL_BACK, CALL_ATTEMPTS, REACHED, CASE_NUMBER, CASEWORKER_OPTIONS, DUPLICATE_OF);

    private MessageVariables() {
    }

    /** What the process needs of a message once it is registered. */
    static Map<String, Object> registered(Message message) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(CASE_NUMBER, message.getCaseNumber());
        variables.put(REGISTERED, true);
        variables.put(KIND, message.getKind().name());
        variables.put(SUBJECT_AREA, message.getSubjectArea());
        variables.put(POLITICAL, message.isPolitical());
        variables.put(EXTERNAL, message.isExternal());
        variables.put(HAS_PHONE, message.hasPhone());
        variables.put(CONTACT_DEADLINE, Date.from(message.getContactDeadline()));
        variables.put(MAX_CALL_ATTEMPTS, message.getRules().callAttempts());
        variables.put(CALL_BACK, message.getRules().callBack());
        variables.put(CALL_ATTEMPTS, 0);
        return variables;
    }

    /** The message the registration form (start form, or Task_RegisterMessage) gives. */
    static MessageInput input(CompletedForm form) {
        return new MessageInput(form.text(CHANNEL), form.text(RECEIVED_AT), form.text(TEXT), form.text(KIND),
                form.text(SUBJECT_AREA), form.yesNo(POLITICAL), form.yesNo(EXTERNAL),
                new MessageInput.SubmitterInput(form.text(SUBMITTER_NAME), form.text(SUBMITTER_ADDRESS),
                        form.text(SUBMITTER_PHONE), form.text(SUBMITTER_EMAIL)),
                // The form corrects the place's words; the point on the map stays as the citizen marked it.
                form.submits(PLACE_TEXT) ? new MessageInput.PlaceInput(form.text(PLACE_TEXT), null, null) : null, null);
    }
}
