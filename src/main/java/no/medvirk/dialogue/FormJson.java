package no.medvirk.dialogue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.SpinValues;

/**
 * The repeating parts of forms (form-js dynamic lists): Tasklist submits them as JSON variables;
 * prefilled ones go back the same way.
 */
final class FormJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private FormJson() {
    }

    /** The rows of a dynamic list: from Tasklist a JSON value, from Java a list of maps; absent is none. */
    static List<Map<String, Object>> rows(Object value) {
        if (value == null) {
            return List.of();
        }
        try {
            String json = value instanceof String s ? s : value instanceof List<?> || value instanceof Map<?, ?>
                    ? JSON.writeValueAsString(value) : value.toString();
            return JSON.readValue(json, new TypeReference<>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Not a list of rows: " + e.getOriginalMessage(), e);
        }
    }

    /** Rows or options as a JSON variable, which Tasklist gives the form as a list. */
    static TypedValue value(Object rows) {
        try {
            return SpinValues.jsonValue(JSON.writeValueAsString(rows)).create();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String text(Object value) {
        if (value == null) {
            return null;
        }
        String text = value.toString().strip();
        return text.isEmpty() ? null : text;
    }
}
