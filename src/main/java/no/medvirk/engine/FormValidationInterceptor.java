package no.medvirk.engine;

import no.medvirk.forms.InvalidInputException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * A listener or delegate that refuses what a form says throws Medvirk's {@link InvalidInputException}
 * (or the engine's {@link FormFieldValidationException}); the engine wraps every listener exception
 * in a generic one, which the REST API answers with 500. Unwrapped here, as the engine's form error,
 * Tasklist shows the (Norwegian) message and REST clients get 400 with it.
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
                if (cause instanceof InvalidInputException invalid) {
                    throw new FormFieldValidationException(invalid.errors(), invalid.getMessage());
                }
            }
            throw e;
        }
    }
}
