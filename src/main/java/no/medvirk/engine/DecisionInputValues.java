package no.medvirk.engine;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.InputEntry;
import org.camunda.bpm.model.dmn.instance.Rule;

/**
 * The values a decision table's rules name for one input, in table order: the subject areas of
 * {@code message-routing}, say. A process owner adds a value by adding it to a rule; forms and
 * input checks follow from here.
 */
public final class DecisionInputValues {

    private static final Pattern STRING_LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

    private DecisionInputValues() {
    }

    /**
     * @param inputExpression the input's expression text, e.g. {@code subjectArea}
     * @return empty when the decision or input does not exist
     */
    public static Optional<List<String>> of(DmnModelInstance model, String decisionId, String inputExpression) {
        if (!(model.getModelElementById(decisionId) instanceof Decision decision)
                || !(decision.getExpression() instanceof DecisionTable table)) {
            return Optional.empty();
        }
        List<Input> inputs = new ArrayList<>(table.getInputs());
        int column = -1;
        for (int i = 0; i < inputs.size(); i++) {
            var expression = inputs.get(i).getInputExpression();
            if (expression != null && expression.getText() != null
                    && inputExpression.equals(expression.getText().getTextContent().trim())) {
                column = i;
            }
        }
        if (column < 0) {
            return Optional.empty();
        }
        Set<String> values = new LinkedHashSet<>();
        for (Rule rule : table.getRules()) {
            InputEntry entry = new ArrayList<>(rule.getInputEntries()).get(column);
            String text = entry.getText() == null ? "" : entry.getText().getTextContent().trim();
            if (text.startsWith("not(")) {
                continue;
            }
            Matcher literal = STRING_LITERAL.matcher(text);
            while (literal.find()) {
                values.add(literal.group(1));
            }
        }
        return Optional.of(List.copyOf(values));
    }
}
