package no.medvirk.forms;

import java.util.Map;
import java.util.TreeMap;

/**
 * Input refused, with a Norwegian message per field: the API's and the message card's 400, and in
 * the engine the form error Tasklist shows (engine.FormValidationInterceptor makes it the engine's
 * {@code FormFieldValidationException}, which REST answers with 400). A message names what is wrong,
 * never what was typed: it may reach a log.
 */
public class InvalidInputException extends RuntimeException {

    private final Map<String, String> errors;

    public InvalidInputException(Map<String, String> errors) {
        super(String.join(" ", new TreeMap<>(errors).values()));
        this.errors = Map.copyOf(errors);
    }

    public InvalidInputException(String field, String message) {
        this(Map.of(field, message));
    }

    /** Each refused field's message. */
    public Map<String, String> errors() {
        return errors;
    }
}
