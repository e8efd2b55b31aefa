package no.medvirk.engine;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import no.medvirk.forms.TaskCard;
import org.camunda.bpm.engine.ActivityTypes;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.runtime.VariableInstance;

/**
 * The history audit needs: who did which step when, and what the process decided by. Not the
 * variables that carry personal data (submitters' names, addresses, phones, e-mail, message text):
 * those live only in Medvirk's own tables, where their retention is handled, and are never copied
 * into the engine's history. Submitted form fields are not recorded as form history either, since
 * that event does not say which field it is about. Nor are the gateways a case passed: the steps
 * after them show which way it went, and they were half of a case's activity rows. Nor the variables
 * that only repeat what history or the record already holds ({@code medvirk.repeated-variables}: the
 * case number, which is the business key; the routing decision's answer, which its decision history
 * holds; the steps' flags; what the organisation and the rules gave): each was two rows of history,
 * about a sixth of a message case's. (What a task's form shows of the record is no variable at all:
 * forms.FormDisplay.) Of the job log, only a job's failures, with their stack traces, for operations: its
 * creation, success and deletion are the engine's bookkeeping (a case's routing continuation and contact deadline
 * made four rows, each written to some ten indexes), and the steps they led to are in the activity history.
 */
class AuditHistoryLevel implements HistoryLevel {

    static final String NAME = "medvirk";
    /** A gateway's start and end alike: an end without its start would update a row that is not there. */
    private static final Set<HistoryEventType> ACTIVITY_EVENTS = Set.of(HistoryEventTypes.ACTIVITY_INSTANCE_START,
            HistoryEventTypes.ACTIVITY_INSTANCE_END, HistoryEventTypes.ACTIVITY_INSTANCE_UPDATE,
            HistoryEventTypes.ACTIVITY_INSTANCE_MIGRATE);
    /** A submitted form field (which the event does not name), and a job's bookkeeping: all but its failures. */
    private static final Set<HistoryEventType> UNRECORDED_EVENTS = Set.of(HistoryEventTypes.FORM_PROPERTY_UPDATE,
            HistoryEventTypes.JOB_CREATE, HistoryEventTypes.JOB_SUCCESS, HistoryEventTypes.JOB_DELETE);
    private static final Set<String> GATEWAYS = Set.of(ActivityTypes.GATEWAY_EXCLUSIVE, ActivityTypes.GATEWAY_INCLUSIVE,
            ActivityTypes.GATEWAY_PARALLEL);

    /** The personal variables and those that repeat what is recorded elsewhere. */
    private final Set<String> unrecorded;

    AuditHistoryLevel(Set<String> personalVariables, Set<String> repeatedVariables) {
        this.unrecorded = Stream.concat(personalVariables.stream(), repeatedVariables.stream())
                .collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public int getId() {
        return 11;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean isHistoryEventProduced(HistoryEventType eventType, Object entity) {
        if (UNRECORDED_EVENTS.contains(eventType)) {
            return false;
        }
        if (entity instanceof VariableInstance variable) {
            return !unrecorded.contains(variable.getName())
                    && !(variable.getTaskId() != null && TaskCard.VARIABLES.contains(variable.getName()));
        }
        if (ACTIVITY_EVENTS.contains(eventType) && entity instanceof ExecutionEntity execution
                && execution.getActivity() != null) {
            return !GATEWAYS.contains(String.valueOf(execution.getActivity().getProperty("type")));
        }
        return true;
    }
}
