package no.medvirk.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.dmn.instance.OutputEntry;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.camunda.bpm.model.xml.instance.DomElement;
import org.xml.sax.SAXParseException;

/**
 * Checks a set of BPMN, DMN and form files before they reach the engine: each parses, each process
 * and decision has a history time to live, and everything a model names (delegate beans, forms,
 * decisions, called processes, candidate groups) exists. The engine would otherwise accept some of
 * these and fail only when a case reaches the element. It also refuses what would let a model run
 * code on the server: scripts (unless allowed by setting) and expressions that reach for classes,
 * which {@link ExpressionSandbox} would refuse only when a case reaches them.
 */
public final class ProcessModelCheck {

    static final String CAMUNDA_NS = "http://camunda.org/schema/1.0/bpmn";
    private static final String BPMN_NS = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    private static final String BPMNDI_NS = "http://www.omg.org/spec/BPMN/20100524/DI";
    private static final Pattern BEAN_REFERENCE = Pattern.compile("^\\s*[$#]\\{\\s*([A-Za-z_][A-Za-z0-9_]*)");
    private static final Pattern PARSER_MESSAGE = Pattern.compile("(?s).*?Line=(\\d+): (.*)");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern STRING_LITERAL = Pattern.compile("\"([^\"]+)\"");
    private static final Pattern EXPRESSION = Pattern.compile("[$#]\\{[^}]*}");
    private static final Pattern REFLECTION = Pattern.compile(
            "\\b(getClass|forName|getClassLoader|classLoader|newInstance|getDeclaringClass|declaringClass|class)\\b");
    /** DMN's own expression languages; anything else is a script language. */
    private static final Set<String> DMN_LANGUAGES = Set.of("feel", "juel",
            "https://www.omg.org/spec/dmn/20191111/feel/", "http://www.omg.org/spec/feel/20140401");
    private static final String NO_SCRIPTS = ": scripts run with the server's rights, so Medvirk refuses them "
            + "(medvirk.processes.allow-scripts); use a service task with one of Medvirk's beans";

    private final ModelReferences references;
    private final boolean allowScripts;

    /** @param allowScripts whether script tasks, script listeners and script conditions are accepted */
    public ProcessModelCheck(ModelReferences references, boolean allowScripts) {
        this.references = references;
        this.allowScripts = allowScripts;
    }

    /** @param resources file contents by name relative to the processes folder */
    public List<ModelProblem> check(Map<String, byte[]> resources) {
        List<ModelProblem> problems = new ArrayList<>();
        Map<String, BpmnModelInstance> bpmn = new HashMap<>();
        Map<String, String> processIds = new HashMap<>();
        Map<String, String> decisionIds = new HashMap<>();
        Map<String, String> formIds = new HashMap<>();

        resources.forEach((name, content) -> {
            if (name.endsWith(".bpmn") || name.endsWith(".dmn")) {
                checkExpressions(name, content, problems);
            }
            if (name.endsWith(".bpmn")) {
                BpmnModelInstance model = parseBpmn(name, content, problems);
                if (model != null) {
                    bpmn.put(name, model);
                    for (Process process : model.getModelElementsByType(Process.class)) {
                        if (process.isExecutable()) {
                            declare(processIds, process.getId(), name, "process", problems);
                            if (process.getCamundaHistoryTimeToLiveString() == null) {
                                problems.add(new ModelProblem(name, process.getId(),
                                        "has no history time to live (camunda:historyTimeToLive); Camunda 7.24 refuses it"));
                            }
                        }
                    }
                }
            } else if (name.endsWith(".dmn")) {
                DmnModelInstance model = parseDmn(name, content, problems);
                if (model != null) {
                    if (!allowScripts) {
                        refuseScriptLanguages(name, model.getDocument().getRootElement(), problems);
                    }
                    for (Decision decision : model.getModelElementsByType(Decision.class)) {
                        declare(decisionIds, decision.getId(), name, "decision", problems);
                        if (decision.getExpression() instanceof DecisionTable table) {
                            checkUnits(name, table, problems);
                        }
                        if (decision.getCamundaHistoryTimeToLiveString() == null) {
                            problems.add(new ModelProblem(name, decision.getId(),
                                    "has no history time to live (camunda:historyTimeToLive); Camunda 7.24 refuses it"));
                        }
                    }
                }
            } else if (name.endsWith(".form")) {
                String formId = formId(name, content, problems);
                if (formId != null) {
                    declare(formIds, formId, name, "form", problems);
                }
            }
        });

        bpmn.forEach((name, model) -> {
            DomElement root = model.getDocument().getRootElement();
            if (root.getChildElementsByNameNs(BPMNDI_NS, "BPMNDiagram").isEmpty()) {
                problems.add(new ModelProblem(name, null,
                        "has no diagram (BPMNDI), so a process owner cannot open it in Camunda Modeler"));
            }
            checkReferences(name, root, processIds, decisionIds, formIds, problems);
        });
        return problems;
    }

    /** A table's {@code unit} output (the routing table's) may only name units of the organisation file. */
    private void checkUnits(String file, DecisionTable table, List<ModelProblem> problems) {
        List<Output> outputs = List.copyOf(table.getOutputs());
        for (int column = 0; column < outputs.size(); column++) {
            if (!"unit".equals(outputs.get(column).getName())) {
                continue;
            }
            for (Rule rule : table.getRules()) {
                List<OutputEntry> entries = List.copyOf(rule.getOutputEntries());
                String text = column < entries.size() && entries.get(column).getText() != null
                        ? entries.get(column).getText().getTextContent().trim() : "";
                Matcher literal = STRING_LITERAL.matcher(text);
                if (literal.matches() && !references.unitExists(literal.group(1))) {
                    problems.add(new ModelProblem(file, rule.getId(), "sends messages to unit '" + literal.group(1)
                            + "', which is not in the organisation file: add the unit to the file or change the row"));
                }
            }
        }
    }

    private void checkReferences(String file, DomElement element, Map<String, String> processIds,
                                 Map<String, String> decisionIds, Map<String, String> formIds,
                                 List<ModelProblem> problems) {
        String camundaClass = element.getAttribute(CAMUNDA_NS, "class");
        if (camundaClass != null) {
            problems.add(new ModelProblem(file, owningId(element), "uses camunda:class=\"" + camundaClass
                    + "\"; use camunda:delegateExpression=\"${beanName}\" with a Spring bean instead"));
        }
        if (!allowScripts) {
            refuseScripts(file, element, problems);
        }
        String delegate = element.getAttribute(CAMUNDA_NS, "delegateExpression");
        if (delegate != null) {
            Matcher bean = BEAN_REFERENCE.matcher(delegate);
            if (!bean.find()) {
                problems.add(new ModelProblem(file, owningId(element),
                        "delegate expression '" + delegate + "' does not name a bean, like ${forwardToUnit}"));
            } else if (!references.beanExists(bean.group(1))) {
                problems.add(new ModelProblem(file, owningId(element),
                        "delegate bean '" + bean.group(1) + "' does not exist"));
            }
        }
        String formRef = element.getAttribute(CAMUNDA_NS, "formRef");
        if (isLiteral(formRef) && !formIds.containsKey(formRef)
                && ("deployment".equals(element.getAttribute(CAMUNDA_NS, "formRefBinding"))
                    || !references.formDeployed(formRef))) {
            problems.add(new ModelProblem(file, owningId(element),
                    "form '" + formRef + "' does not exist: no .form file has that id"));
        }
        String decisionRef = element.getAttribute(CAMUNDA_NS, "decisionRef");
        if (isLiteral(decisionRef) && !decisionIds.containsKey(decisionRef)
                && ("deployment".equals(element.getAttribute(CAMUNDA_NS, "decisionRefBinding"))
                    || !references.decisionDeployed(decisionRef))) {
            problems.add(new ModelProblem(file, owningId(element),
                    "decision '" + decisionRef + "' does not exist: no .dmn file has a decision with that id"));
        }
        if (BPMN_NS.equals(element.getNamespaceURI()) && "callActivity".equals(element.getLocalName())) {
            String called = element.getAttribute("calledElement");
            if (isLiteral(called) && !processIds.containsKey(called)
                    && ("deployment".equals(element.getAttribute(CAMUNDA_NS, "calledElementBinding"))
                        || !references.processDeployed(called))) {
                problems.add(new ModelProblem(file, owningId(element),
                        "called process '" + called + "' does not exist: no .bpmn file has a process with that id"));
            }
        }
        for (String attribute : List.of("candidateGroups", "candidateStarterGroups")) {
            String groups = element.getAttribute(CAMUNDA_NS, attribute);
            if (groups != null && !groups.contains("{")) {
                for (String group : groups.split(",")) {
                    if (!group.isBlank() && !references.groupExists(group.trim())) {
                        problems.add(new ModelProblem(file, owningId(element),
                                "candidate group '" + group.trim() + "' is not a group of the organisation"));
                    }
                }
            }
        }
        for (DomElement child : element.getChildElements()) {
            checkReferences(file, child, processIds, decisionIds, formIds, problems);
        }
    }

    private static void refuseScripts(String file, DomElement element, List<ModelProblem> problems) {
        String name = element.getLocalName();
        if (BPMN_NS.equals(element.getNamespaceURI()) && "scriptTask".equals(name)) {
            problems.add(new ModelProblem(file, owningId(element), "is a script task" + NO_SCRIPTS));
        } else if (CAMUNDA_NS.equals(element.getNamespaceURI()) && "script".equals(name)) {
            problems.add(new ModelProblem(file, owningId(element), "has a script (camunda:script)" + NO_SCRIPTS));
        } else if (BPMN_NS.equals(element.getNamespaceURI()) && element.getAttribute("language") != null) {
            problems.add(new ModelProblem(file, owningId(element), "has a condition in the script language '"
                    + element.getAttribute("language") + "'" + NO_SCRIPTS));
        }
    }

    private static void refuseScriptLanguages(String file, DomElement element, List<ModelProblem> problems) {
        String language = element.getAttribute("expressionLanguage");
        if (language != null && !DMN_LANGUAGES.contains(language.trim().toLowerCase(Locale.ROOT))) {
            problems.add(new ModelProblem(file, owningId(element), "uses the script language '" + language
                    + "'" + NO_SCRIPTS + "; FEEL and JUEL are fine"));
        }
        for (DomElement child : element.getChildElements()) {
            refuseScriptLanguages(file, child, problems);
        }
    }

    /** Expressions that reach for classes: refused here, at deployment, rather than when a case gets there. */
    private static void checkExpressions(String file, byte[] content, List<ModelProblem> problems) {
        String text = new String(content, StandardCharsets.UTF_8);
        Matcher expression = EXPRESSION.matcher(text);
        while (expression.find()) {
            Matcher reflection = REFLECTION.matcher(expression.group());
            if (reflection.find()) {
                int line = (int) text.substring(0, expression.start()).chars().filter(c -> c == '\n').count() + 1;
                problems.add(new ModelProblem(file, null, "an expression on line " + line + " uses '"
                        + reflection.group(1) + "': expressions may use variables, the execution or task and "
                        + "Medvirk's beans, never classes or reflection"));
            }
        }
    }

    private static boolean isLiteral(String value) {
        return value != null && !value.isBlank() && !value.contains("${") && !value.contains("#{");
    }

    /** The id of the element itself or, for a listener or other extension, of the model element it belongs to. */
    private static String owningId(DomElement element) {
        for (DomElement e = element; e != null; e = e.getParentElement()) {
            String id = e.getAttribute("id");
            if (id != null) {
                return id;
            }
        }
        return null;
    }

    private static void declare(Map<String, String> ids, String id, String file, String kind,
                                List<ModelProblem> problems) {
        String other = ids.putIfAbsent(id, file);
        if (other != null) {
            problems.add(new ModelProblem(file, id, "the " + kind + " id is also used in " + other));
        }
    }

    private static BpmnModelInstance parseBpmn(String name, byte[] content, List<ModelProblem> problems) {
        try {
            return Bpmn.readModelFromStream(new ByteArrayInputStream(content));
        } catch (RuntimeException e) {
            problems.add(new ModelProblem(name, null, "does not parse: " + describe(e)));
            return null;
        }
    }

    private static DmnModelInstance parseDmn(String name, byte[] content, List<ModelProblem> problems) {
        try {
            return Dmn.readModelFromStream(new ByteArrayInputStream(content));
        } catch (RuntimeException e) {
            problems.add(new ModelProblem(name, null, "does not parse: " + describe(e)));
            return null;
        }
    }

    private static String formId(String name, byte[] content, List<ModelProblem> problems) {
        try {
            JsonNode id = JSON.readTree(content).path("id");
            if (!id.isTextual() || id.asText().isBlank()) {
                problems.add(new ModelProblem(name, null, "the form has no id"));
                return null;
            }
            return id.asText();
        } catch (IOException e) {
            problems.add(new ModelProblem(name, null, "is not a valid form (JSON): " + e.getMessage()));
            return null;
        }
    }

    /** The XML parser's own words and the line they point at, not the wrapper's. */
    private static String describe(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        if (cause instanceof SAXParseException sax) {
            return sax.getMessage() + " (line " + sax.getLineNumber() + ", column " + sax.getColumnNumber() + ")";
        }
        // Camunda's parser reports "Fatal Error: URI=null Line=10: <what>".
        Matcher located = PARSER_MESSAGE.matcher(String.valueOf(cause.getMessage()));
        return located.matches() ? located.group(2) + " (line " + located.group(1) + ")" : cause.getMessage();
    }
}
