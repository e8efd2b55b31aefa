package no.medvirk.forms;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
    private final Map<String, Object> shown = new HashMap<>();

    private FormDisplay(DeployedForm form) {
        this.form = form;
    }

    /** What the task's form shows now: the values its displays put that the form refers to. */
    public static Map<String, Object> of(DelegateTask task) {
        DeployedForm form = DeployedForm.of(task);
        FormDisplay display = new FormDisplay(form);
        for (TaskDisplay shows : displays(task)) {
            shows.show(task, display);
        }
        return display.shown;
    }

    /** The value to show under this name, made only when the form refers to it. */
    public FormDisplay put(String name, Supplier<?> value) {
        if (form.refersTo(name)) {
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
