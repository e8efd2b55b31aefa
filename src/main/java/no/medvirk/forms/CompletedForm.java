package no.medvirk.forms;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * What a completed form said: the values of every variable its deployed form submits. Tasklist
 * and a REST client that calls {@code complete} set them on the process (a field the client leaves
 * out is the value the form showed, {@link FormDisplay}); a start form's fields start the process
 * with them. A value found on the process is taken as the one just submitted, and removed again,
 * so that it neither lingers nor fills the next form (of this or a parallel task): the process keeps
 * no field a form asks for, but for the few a step sets again after reading them (a call's
 * {@code reached}, a meeting's outcome), which their forms always submit.
 */
public final class CompletedForm {

    private final Map<String, Object> values;

    private CompletedForm(Map<String, Object> values) {
        this.values = values;
    }

    /** The form the task was completed with. */
    public static CompletedForm of(DelegateTask task) {
        DelegateExecution execution = task.getExecution();
        Map<String, Object> values = new HashMap<>();
        Set<String> missing = new HashSet<>();
        for (String field : DeployedForm.of(task).inputs()) {
            if (execution.hasVariable(field)) {
                values.put(field, take(execution, field));
            } else if (task.hasVariableLocal(field)) {
                values.put(field, task.getVariableLocal(field));
            } else {
                missing.add(field);
            }
        }
        if (!missing.isEmpty()) {
            // Not submitted: the value the form showed, made again for these fields only.
            Map<String, Object> shown = FormDisplay.of(task, missing);
            missing.forEach(field -> values.put(field, shown.get(field)));
        }
        return new CompletedForm(values);
    }

    /** The start form the execution's process was started with. */
    public static CompletedForm ofStart(DelegateExecution execution) {
        Map<String, Object> values = new HashMap<>();
        DeployedForm.ofStart(execution).inputs().forEach(field -> values.put(field, take(execution, field)));
        return new CompletedForm(values);
    }

    /** A field's value as submitted: a string, a boolean, a number, a JSON value. */
    public Object value(String field) {
        return values.get(field);
    }

    /** Whether the deployed form has the field (a process owner may have taken it out). */
    public boolean submits(String field) {
        return values.containsKey(field);
    }

    /** A field's text; null when blank. */
    public String text(String field) {
        return Fields.text(values.get(field));
    }

    /** A checklist's or tag list's values, without blanks; none when absent. */
    public List<String> texts(String field) {
        return new Row(values).texts(field);
    }

    /** A checkbox or a yes/no radio; null when not answered. */
    public Boolean yesNo(String field) {
        return Fields.yesNo(values.get(field));
    }

    /** The rows of a dynamic list; none when absent. */
    public List<Row> rows(String field) {
        try {
            return FormJson.rows(values.get(field)).stream().map(Row::new).toList();
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, "Listen kunne ikke leses. Fyll ut skjemaet på nytt.");
        }
    }

    /** One row of a dynamic list. */
    public record Row(Map<String, Object> values) {

        /** A field's text; null when blank. */
        public String text(String field) {
            return Fields.text(values.get(field));
        }

        /** A checklist's or tag list's values, without blanks; none when absent. */
        public List<String> texts(String field) {
            Object value = values.get(field);
            List<?> all = value instanceof List<?> list ? list : value == null ? List.of() : List.of(value);
            return all.stream().map(Fields::text).filter(java.util.Objects::nonNull).toList();
        }
    }

    private static Object take(DelegateExecution execution, String field) {
        Object value = execution.getVariable(field);
        execution.removeVariable(field);
        return value;
    }
}
