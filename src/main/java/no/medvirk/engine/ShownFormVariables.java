package no.medvirk.engine;

import java.util.Collection;
import no.medvirk.forms.FormDisplay;
import org.camunda.bpm.engine.impl.cmd.GetTaskFormVariablesCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.impl.value.UntypedValueImpl;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * A task's form variables, as Tasklist reads them for a Camunda Form ({@code GET task/{id}/form-variables}),
 * with what the form shows of the record ({@link FormDisplay}), made now from Medvirk's tables: a shown
 * value hides a process variable of its name, as a task-local one would. Nothing of it is stored. Only
 * after the command read the task, which checks that the caller may; inside the command context.
 */
final class ShownFormVariables extends CommandInterceptor {

    @Override
    public <T> T execute(Command<T> command) {
        T result = next.execute(command);
        if (command instanceof GetTaskFormVariablesCmd read && result instanceof VariableMap variables) {
            TaskEntity task = Context.getCommandContext().getTaskManager().findTaskById(read.resourceId);
            Collection<String> asked = read.formVariableNames;
            FormDisplay.of(task).forEach((name, value) -> {
                if (asked == null || asked.contains(name)) {
                    variables.putValueTyped(name, typed(value));
                }
            });
        }
        return result;
    }

    /** As the engine would have stored it: a String as a string, a number as its type, a JSON value as is. */
    private static TypedValue typed(Object value) {
        if (value instanceof TypedValue typed) {
            return typed;
        }
        if (!(Variables.untypedValue(value) instanceof UntypedValueImpl untyped)) {
            return Variables.untypedNullValue();
        }
        return Context.getProcessEngineConfiguration().getVariableSerializers().findSerializerForValue(untyped)
                .convertToTypedValue(untyped);
    }
}
