package no.medvirk.engine;

import static no.medvirk.engine.ModelElements.BPMN_NS;
import static no.medvirk.engine.ModelElements.CAMUNDA_NS;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.impl.juel.Builder;
import org.camunda.bpm.impl.juel.IdentifierNode;
import org.camunda.bpm.impl.juel.Tree;
import org.camunda.bpm.impl.juel.TreeBuilderException;
import org.camunda.bpm.model.xml.ModelInstance;
import org.camunda.bpm.model.xml.instance.DomElement;

/**
 * The expressions of a process ({@code ${...}} in conditions, timers, due dates, candidate groups,
 * listeners, mappings): each must parse, may name only what exists when a case gets there — a variable
 * the process provides, one of Medvirk's steps, or what the engine gives every expression — and never
 * reaches for classes. A typo such as {@code ${reachd}} would otherwise pass deployment and fail in
 * front of a caseworker.
 */
final class ModelExpressions {

    /** What the engine gives every expression, besides variables and beans. */
    private static final Set<String> FROM_THE_ENGINE = Set.of("execution", "task", "authenticatedUserId",
            "loopCounter", "nrOfInstances", "nrOfActiveInstances", "nrOfCompletedInstances");
    private static final Pattern REFLECTION = Pattern.compile(
            "\\b(getClass|forName|getClassLoader|classLoader|newInstance|getDeclaringClass|declaringClass|class)\\b");
    private static final Builder JUEL = new Builder(Builder.Feature.METHOD_INVOCATIONS);

    private final ModelReferences references;

    ModelExpressions(ModelReferences references) {
        this.references = references;
    }

    /** @param known the variables the process provides: its steps', its forms' fields, its model's outputs */
    void check(String file, ModelInstance model, DomElement element, Set<String> known, List<ModelProblem> problems) {
        if (ModelElements.is(element, CAMUNDA_NS, "script") || ModelElements.is(element, BPMN_NS, "script")) {
            return;
        }
        for (Map.Entry<String, String> attribute : ModelElements.attributes(model, element)) {
            // A delegate's bean has its own, more precise check.
            if (ModelElements.isExpression(attribute.getValue()) && !"delegateExpression".equals(attribute.getKey())) {
                checkOne(file, element, attribute.getValue(), known, problems);
            }
        }
        String text = ModelElements.ownText(element);
        if (ModelElements.isExpression(text)) {
            checkOne(file, element, text.strip(), known, problems);
        }
        for (DomElement child : element.getChildElements()) {
            check(file, model, child, known, problems);
        }
    }

    private void checkOne(String file, DomElement element, String expression, Set<String> known,
                          List<ModelProblem> problems) {
        String reaching = reachesForClasses(expression);
        if (reaching != null) {
            problems.add(ModelElements.problem(file, element, "uttrykket «" + expression + "» bruker «" + reaching
                    + "». Uttrykk kan bruke prosessens variabler, oppgaven og Medvirks steg, aldri Java-klasser: "
                    + "fjern det fra modellen."));
            return;
        }
        Tree tree;
        try {
            tree = JUEL.build(expression);
        } catch (TreeBuilderException e) {
            problems.add(ModelElements.problem(file, element, "uttrykket «" + expression + "» kan ikke leses: "
                    + e.getMessage() + ". Skriv det som ${navn} eller ${navn == 'VERDI'}."));
            return;
        }
        for (IdentifierNode identifier : tree.getIdentifierNodes()) {
            String name = identifier.getName();
            if (!known.contains(name) && !FROM_THE_ENGINE.contains(name) && !references.beanExists(name)) {
                problems.add(ModelElements.problem(file, element, "uttrykket «" + expression + "» bruker «" + name
                        + "», som prosessen aldri setter og som ikke er et av Medvirks steg." + suggestion(name, known)));
            }
        }
    }

    /** The word by which an expression reaches for classes, or null. */
    static String reachesForClasses(String expression) {
        Matcher reflection = REFLECTION.matcher(expression);
        return reflection.find() ? reflection.group(1) : null;
    }

    private static String suggestion(String name, Set<String> known) {
        return known.stream().filter(k -> distance(k.toLowerCase(), name.toLowerCase()) <= 2)
                .min(Comparator.comparingInt(k -> distance(k, name)))
                .map(k -> " Mente du «" + k + "»?")
                .orElse(" Variablene prosessen har: " + String.join(", ", new TreeSet<>(known)) + ".");
    }

    /** Levenshtein: how many letters to change, add or drop to get from one name to the other. */
    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            int[] current = new int[b.length() + 1];
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int change = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(change, Math.min(previous[j], current[j - 1]) + 1);
            }
            previous = current;
        }
        return previous[b.length()];
    }
}
