package no.medvirk.forms;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * What a completed form said. Tasklist submits a form's fields onto the task, where a prefilled
 * field's task-local value is replaced; a REST client that calls {@code complete} sets them on the
 * process instead, under the prefilled value. Medvirk never keeps these fields on the process
 * itself, so a value found there is the one just submitted; it is taken, and removed again, so
 * that it neither lingers nor fills the next form (of this or a parallel task).
 */
public final class CompletedForm {

    private CompletedForm() {
    }

    /** The submitted values of these fields, whichever way they were submitted. */
    public static Map<String, Object> values(DelegateTask task, String... fields) {
        DelegateExecution execution = task.getExecution();
        Map<String, Object> values = new HashMap<>();
        for (String field : fields) {
            if (execution.hasVariable(field)) {
                values.put(field, execution.getVariable(field));
                execution.removeVariable(field);
            } else {
                values.put(field, task.getVariableLocal(field));
            }
        }
        return values;
    }
}
