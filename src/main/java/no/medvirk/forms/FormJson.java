package no.medvirk.forms;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.SpinValues;

/**
 * The repeating parts of forms (form-js dynamic lists) and the options of their selects: Tasklist
 * submits a dynamic list as a JSON variable, and gives the form a JSON variable as a list.
 */
public final class FormJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private FormJson() {
    }

    /** Rows or options as a JSON variable, which Tasklist gives the form as a list. */
    public static TypedValue value(Object rows) {
        try {
            return SpinValues.jsonValue(JSON.writeValueAsString(rows)).create();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The rows of a dynamic list: from Tasklist a JSON value, from Java a list of maps; absent is none.
     *
     * @throws IllegalArgumentException when the value is no list of rows (the reason leaves out the value)
     */
    static List<Map<String, Object>> rows(Object value) {
        if (value == null) {
            return List.of();
        }
        try {
            String json = value instanceof String s ? s : value instanceof List<?> || value instanceof Map<?, ?>
                    ? JSON.writeValueAsString(value) : value.toString();
            List<Map<String, Object>> rows = JSON.readValue(json, new TypeReference<>() { });
            return rows == null ? List.of() : rows.stream().filter(Objects::nonNull).toList();
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Not a list of rows");
        }
    }
}
