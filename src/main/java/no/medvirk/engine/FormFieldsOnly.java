package no.medvirk.engine;

import java.lang.reflect.Field;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import no.medvirk.forms.DeployedForm;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskBpmnErrorCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskEscalationCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;

/**
 * Whoever works a task sets only what its form submits. Completing a task (complete, submit-form)
 * or throwing a BPMN error or escalation from it with a variable that is no field of the task's
 * Camunda Form is refused, as the form's error Tasklist shows (400 over REST), whichever way it
 * came: the REST API, Tasklist's own API, Java. Otherwise a caseworker could set {@code unitCode} or {@code caseworker} and send a
 * case elsewhere, or a {@code meetingId} and break a dialogue step. A task without a form takes no
 * variables. Inside the command context, where the task and its deployed form are read.
 *
 * <p>The commands keep their task and variables in fields without getters; they are read by
 * reflection, checked to be there when the engine starts, so that an upgrade that renames them
 * stops Medvirk rather than the check.
 */
class FormFieldsOnly extends CommandInterceptor {

    /** A variable's name said back in the refusal only when it is a plain name: never a value someone typed. */
    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,63}");

    /** Each command that sets a task's variables: its fields for the task's id and for the variables. */
    private final Map<Class<?>, List<Field>> commands = Map.of(
            CompleteTaskCmd.class, fields(CompleteTaskCmd.class, "taskId", "variables"),
            SubmitTaskFormCmd.class, fields(SubmitTaskFormCmd.class, "taskId", "properties"),
            HandleTaskBpmnErrorCmd.class, fields(HandleTaskBpmnErrorCmd.class, "taskId", "variables"),
            HandleTaskEscalationCmd.class, fields(HandleTaskEscalationCmd.class, "taskId", "variables"));

    @Override
    public <T> T execute(Command<T> command) {
        List<Field> fields = commands.get(command.getClass());
        if (fields != null) {
            check((String) read(fields.get(0), command), (Map<?, ?>) read(fields.get(1), command));
        }
        return next.execute(command);
    }

    private static void check(String taskId, Map<?, ?> variables) {
        if (variables == null || variables.isEmpty()) {
            return;
        }
        TaskEntity task = Context.getCommandContext().getTaskManager().findTaskById(taskId);
        if (task == null) {
            return;  // the command answers that the task is not there
        }
        Set<String> inputs = DeployedForm.of(task).inputs();
        Set<String> undeclared = new TreeSet<>();
        variables.keySet().stream().map(String::valueOf).filter(name -> !inputs.contains(name)).forEach(undeclared::add);
        if (undeclared.isEmpty()) {
            return;
        }
        if (inputs.isEmpty()) {
            throw new FormFieldValidationException(List.of(), "Oppgaven har ikke noe skjema med felt, og kan ikke "
                    + "fullføres med verdier.");
        }
        List<String> named = undeclared.stream().filter(name -> PLAIN_NAME.matcher(name).matches()).toList();
        throw new FormFieldValidationException(named, named.size() < undeclared.size()
                ? "Oppgaven tar bare imot feltene i skjemaet sitt, og forespørselen har felt som skjemaet ikke har."
                : "Oppgaven tar bare imot feltene i skjemaet sitt, og skjemaet har ikke "
                + (named.size() == 1 ? "feltet " : "feltene ") + named.stream().map(name -> "«" + name + "»")
                .collect(Collectors.joining(", ")) + ".");
    }

    private static List<Field> fields(Class<?> command, String... names) {
        try {
            Field taskId = command.getDeclaredField(names[0]);
            Field variables = command.getDeclaredField(names[1]);
            taskId.setAccessible(true);
            variables.setAccessible(true);
            return List.of(taskId, variables);
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException(command.getSimpleName() + " no longer has the field " + e.getMessage()
                    + ": the check that a task takes only its form's fields must read the command anew", e);
        }
    }

    private static Object read(Field field, Object command) {
        try {
            return field.get(command);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
