package no.medvirk.forms;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.task.listener.DelegateExpressionTaskListener;

/**
 * What a task's form shows of a record, made when the form is read ({@link TaskDisplay}) and kept
 * nowhere: not on the task, not in the engine's history. The form says what it shows: a value is
 * made only when the task's deployed form refers to its name, so a task a process owner adds gets
 * what its form names, and no personal data its form does not show. Read inside the engine's command,
 * where the task is.
 */
public final class FormDisplay {

    private final DeployedForm form;
    private final Set<String> only;
    private final Map<String, Object> shown = new HashMap<>();

    private FormDisplay(DeployedForm form, Set<String> only) {
        this.form = form;
        this.only = only;
    }

    /** What the task's form shows now: the values its displays put that the form refers to. */
    public static Map<String, Object> of(DelegateTask task) {
        return of(task, null);
    }

    /**
     * What the task's form shows now under these names ({@code null}: all): a completed form that left a few
     * fields out needs their values only, not the record's others (a query or two each).
     */
    static Map<String, Object> of(DelegateTask task, Set<String> names) {
        FormDisplay display = new FormDisplay(DeployedForm.of(task), names);
        for (TaskDisplay shows : displays(task)) {
            shows.show(task, display);
        }
        return display.shown;
    }

    /** The value to show under this name, made only when the form refers to it (and it is one asked for). */
    public FormDisplay put(String name, Supplier<?> value) {
        if ((only == null || only.contains(name)) && form.refersTo(name)) {
            shown.put(name, value.get());
        }
        return this;
    }

    private static List<TaskDisplay> displays(DelegateTask task) {
        TaskDefinition definition = ((TaskEntity) task).getTaskDefinition();
        if (definition == null) {
            return List.of();
        }
        return definition.getTaskListenersForEvent(TaskListener.EVENTNAME_CREATE).stream()
                .filter(DelegateExpressionTaskListener.class::isInstance)
                // The engine's expression manager keeps each expression's parsed tree.
                .map(listener -> Context.getProcessEngineConfiguration().getExpressionManager()
                        .createExpression(((DelegateExpressionTaskListener) listener).getExpressionText()).getValue(task))
                .filter(TaskDisplay.class::isInstance).map(TaskDisplay.class::cast)
                .distinct().toList();
    }
}
