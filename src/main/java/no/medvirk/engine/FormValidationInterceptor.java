package no.medvirk.engine;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * A task listener that refuses what a form says throws a {@link FormFieldValidationException}; the
 * engine wraps every listener exception in a generic one, which the REST API answers with 500.
 * Unwrapped here, Tasklist and REST clients get 400 with the listener's own (Norwegian) message.
 */
class FormValidationInterceptor extends CommandInterceptor {

    @Override
    public <T> T execute(Command<T> command) {
        try {
            return next.execute(command);
        } catch (RuntimeException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof FormFieldValidationException invalid) {
                    throw invalid;
                }
            }
            throw e;
        }
    }
}
