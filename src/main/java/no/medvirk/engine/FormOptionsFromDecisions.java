package no.medvirk.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.camunda.bpm.model.dmn.DmnModelInstance;

/**
 * Fills a form's select with the values of a decision table input, so that a process owner who adds
 * a subject area to {@code message-routing} needs to edit nothing else. The select names its source
 * in Modeler's custom properties: {@code valuesFromDecision = message-routing:subjectArea}. The
 * decision must be deployed together with the form.
 */
final class FormOptionsFromDecisions {

    static final String PROPERTY = "valuesFromDecision";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private FormOptionsFromDecisions() {
    }

    /** The files with such selects filled in; a select naming a missing decision or input is a problem. */
    static Map<String, byte[]> apply(Map<String, byte[]> files, List<ModelProblem> problems) {
        Map<String, byte[]> result = new TreeMap<>(files);
        files.forEach((name, content) -> {
            if (!name.endsWith(".form")) {
                return;
            }
            try {
                JsonNode form = JSON.readTree(content);
                if (fill(name, form, files, problems)) {
                    result.put(name, JSON.writeValueAsBytes(form));
                }
            } catch (IOException e) {
                // ProcessModelCheck says what is wrong with a form that is not JSON.
            }
        });
        return result;
    }

    private static boolean fill(String formName, JsonNode node, Map<String, byte[]> files, List<ModelProblem> problems) {
        boolean changed = false;
        JsonNode source = node.path("properties").path(PROPERTY);
        if (source.isTextual() && node instanceof ObjectNode component) {
            String[] reference = source.asText().split(":", 2);
            Optional<List<String>> values = reference.length == 2
                    ? decisionValues(files, reference[0].trim(), reference[1].trim()) : Optional.empty();
            if (values.isEmpty()) {
                problems.add(new ModelProblem(formName, component.path("id").asText(null), PROPERTY + " '"
                        + source.asText() + "' names no input of a decision deployed with the form"));
            } else {
                ArrayNode options = component.putArray("values");
                values.get().forEach(v -> options.addObject().put("label", v).put("value", v));
                changed = true;
            }
        }
        for (JsonNode child : node.path("components")) {
            changed |= fill(formName, child, files, problems);
        }
        return changed;
    }

    private static Optional<List<String>> decisionValues(Map<String, byte[]> files, String decisionId, String input) {
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            if (file.getKey().endsWith(".dmn")) {
                try {
                    DmnModelInstance model = ModelParsing.dmn(file.getValue());
                    Optional<List<String>> values = DecisionInputValues.of(model, decisionId, input);
                    if (values.isPresent()) {
                        return values;
                    }
                } catch (RuntimeException e) {
                    // ProcessModelCheck reports a DMN file that does not parse.
                }
            }
        }
        return Optional.empty();
    }
}
