package no.medvirk.web;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.Response;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.spi.ExtendedExceptionMapper;

/**
 * Camunda's REST API answers some refusals of the caller's request with 500: a process start wraps
 * every engine exception (a start form's refusal too) in one, a task's completion every one but a
 * form's, and a task or instance that is not there is a {@link NullValueException}. These are
 * answered as what they are, in Camunda's shape with the engine's own message (Norwegian, for
 * Medvirk's forms): 400 for a refused form or a bad request, 404 for what the call names and the
 * engine did not find (a task completed meanwhile, say). Everything else keeps Camunda's answer.
 */
final class RestRefusals {

    /** Before Camunda's own exception mappers, which Jersey ranks at {@link Priorities#USER}. */
    private static final int RANK = Priorities.USER - 100;

    private RestRefusals() {
    }

    static void register(ResourceConfig config) {
        config.register(new Wrapped(), RANK);
        config.register(new Unwrapped(), RANK);
    }

    /** The status of a refusal of the caller's request; null when the engine itself failed. */
    private static Status status(Throwable e) {
        if (e instanceof FormFieldValidationException || e instanceof BadUserRequestException) {
            return Status.BAD_REQUEST;
        }
        return e instanceof NullValueException ? Status.NOT_FOUND : null;
    }

    private static Response answer(Throwable refusal) {
        return Response.status(status(refusal)).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(ExceptionHandlerHelper.getInstance().fromException(refusal)).build();
    }

    /** A resource's 500 around a refusal. */
    private static final class Wrapped implements ExtendedExceptionMapper<RestException> {

        @Override
        public boolean isMappable(RestException e) {
            return (e.getStatus() == null || e.getStatus() == Status.INTERNAL_SERVER_ERROR) && status(e.getCause()) != null;
        }

        @Override
        public Response toResponse(RestException e) {
            return answer(e.getCause());
        }
    }

    /** A refusal that Camunda's handler would answer with 500. */
    private static final class Unwrapped implements ExtendedExceptionMapper<ProcessEngineException> {

        @Override
        public boolean isMappable(ProcessEngineException e) {
            return ExceptionHandlerHelper.getInstance().getStatus(e) == Status.INTERNAL_SERVER_ERROR && status(e) != null;
        }

        @Override
        public Response toResponse(ProcessEngineException e) {
            return answer(e);
        }
    }
}
