package no.medvirk.message;

import java.util.Map;
import java.util.TreeMap;

/** Input refused, with a Norwegian message per field, for the API's 400 and the forms' error. */
public class InvalidInputException extends RuntimeException {

    private final Map<String, String> errors;

    InvalidInputException(Map<String, String> errors) {
        super(String.join(" ", new TreeMap<>(errors).values()));
        this.errors = Map.copyOf(errors);
    }

    public Map<String, String> errors() {
        return errors;
    }
}
