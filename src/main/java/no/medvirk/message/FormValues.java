package no.medvirk.message;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * What a completed form said. Tasklist submits a form's fields onto the task, where a prefilled
 * field's task-local value is replaced; a REST client that calls {@code complete} sets them on the
 * process instead, under the prefilled value. Medvirk never keeps form fields on the process
 * itself, so a value found there is the one just submitted; it is taken, and removed again.
 */
final class FormValues {

    private FormValues() {
    }

    static Map<String, Object> of(DelegateTask task, String... fields) {
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
