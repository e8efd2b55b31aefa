package no.medvirk.forms;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * What a task's form shows of a record, as variables of that task alone: they vanish with it, and
 * those named in {@code medvirk.personal-variables} never reach the engine's history. The form says
 * what it shows: a value is made and set only when the task's deployed form refers to its name, so a
 * task a process owner adds gets what its form names, and no personal data its form does not show.
 */
public final class FormDisplay {

    private final DelegateTask task;
    private final DeployedForm form;
    private final Map<String, Object> shown = new HashMap<>();

    private FormDisplay(DelegateTask task, DeployedForm form) {
        this.task = task;
        this.form = form;
    }

    public static FormDisplay of(DelegateTask task) {
        return new FormDisplay(task, DeployedForm.of(task));
    }

    /** The value to show under this name, made only when the form refers to it. */
    public FormDisplay put(String name, Supplier<?> value) {
        if (form.refersTo(name)) {
            shown.put(name, value.get());
        }
        return this;
    }

    /** Sets what the form shows on the task. */
    public void show() {
        task.setVariablesLocal(shown);
    }
}
