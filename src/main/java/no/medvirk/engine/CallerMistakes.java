package no.medvirk.engine;

import java.util.Set;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cmd.DeleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskBpmnErrorCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskEscalationCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * Calls the engine refuses with a bare {@link ProcessEngineException}, which the REST API answers
 * with 500 and the engine logs as an error, although it is the caller who asked for what the
 * processes do not allow: deleting a task that belongs to a process, and throwing an escalation or a
 * BPMN error from a task when no event of the model catches it. They are rethrown as the bad user
 * requests they are (400, logged at debug). Inside the command context, so that it logs them so.
 */
class CallerMistakes extends CommandInterceptor {

    private static final Set<Class<?>> COMMANDS = Set.of(DeleteTaskCmd.class, HandleTaskEscalationCmd.class,
            HandleTaskBpmnErrorCmd.class);

    @Override
    public <T> T execute(Command<T> command) {
        try {
            return next.execute(command);
        } catch (ProcessEngineException e) {
            if (e.getClass() == ProcessEngineException.class && COMMANDS.contains(command.getClass())) {
                throw new BadUserRequestException(innermost(e).getMessage(), e);
            }
            throw e;
        }
    }

    /** The engine's own reason: a BPMN error's "no catching event" comes wrapped in "propagation failed". */
    private static Throwable innermost(ProcessEngineException e) {
        Throwable reason = e;
        while (reason.getCause() instanceof ProcessEngineException cause) {
            reason = cause;
        }
        return reason;
    }
}
