package no.medvirk.engine;

import static no.medvirk.engine.ModelElements.BPMN_NS;
import static no.medvirk.engine.ModelElements.CAMUNDA_NS;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.dmn.instance.OutputEntry;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.camunda.bpm.model.xml.instance.DomElement;
import org.xml.sax.SAXParseException;

/**
 * Checks a set of BPMN, DMN and form files before they reach the engine, so that what would break
 * when a case reaches an element is refused at deployment, one Norwegian line per problem: each file
 * parses; each process and decision has a history time to live and a diagram; everything a model names
 * exists (Medvirk's steps, forms, decisions, called processes, candidate groups, the routing table's
 * units); every expression parses and names only variables the process provides
 * ({@link ModelExpressions}); written durations, dates and cycles are valid ({@link ModelLiterals});
 * nothing runs code on the server (scripts unless allowed, expressions that reach for classes).
 */
public final class ProcessModelCheck {

    private static final String BPMNDI_NS = "http://www.omg.org/spec/BPMN/20100524/DI";
    private static final Pattern BEAN_REFERENCE = Pattern.compile("^\\s*[$#]\\{\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*}\\s*$");
    private static final Pattern PARSER_MESSAGE = Pattern.compile("(?s).*?Line=(\\d+): (.*)");
    private static final Pattern STRING_LITERAL = Pattern.compile("\"([^\"]+)\"");
    private static final ObjectMapper JSON = new ObjectMapper();
    /** DMN's own expression languages; anything else is a script language. */
    private static final Set<String> DMN_LANGUAGES = Set.of("feel", "juel",
            "https://www.omg.org/spec/dmn/20191111/feel/", "http://www.omg.org/spec/feel/20140401");
    private static final String NO_SCRIPTS = ". Skript kjører med serverens rettigheter, så Medvirk avviser dem "
            + "(medvirk.processes.allow-scripts): bruk en tjenesteoppgave med et av Medvirks steg.";
    private static final String NO_HISTORY = "mangler historikktid (History cleanup → Time to live i Modeler), som "
            + "Camunda 7.24 krever. Sett den, for eksempel til 365 dager.";

    private final ModelReferences references;
    private final boolean allowScripts;
    private final Supplier<List<ModelCheckExtension>> extensions;
    private final ModelExpressions expressions;

    /**
     * @param allowScripts whether script tasks, script listeners and script conditions are accepted
     * @param extensions the features' own checks, asked at each check (they are beans made after the engine)
     */
    public ProcessModelCheck(ModelReferences references, boolean allowScripts,
                             Supplier<List<ModelCheckExtension>> extensions) {
        this.references = references;
        this.allowScripts = allowScripts;
        this.extensions = extensions;
        this.expressions = new ModelExpressions(references);
    }

    /** @param resources file contents by name relative to the processes folder */
    public List<ModelProblem> check(Map<String, byte[]> resources) {
        List<ModelProblem> problems = new ArrayList<>();
        Map<String, BpmnModelInstance> bpmn = new HashMap<>();
        Map<String, String> processIds = new HashMap<>();
        Map<String, String> decisionIds = new HashMap<>();
        Map<String, String> formIds = new HashMap<>();
        Map<String, Set<String>> formFields = new HashMap<>();

        resources.forEach((name, content) -> {
            if (name.endsWith(".bpmn")) {
                BpmnModelInstance model = parseBpmn(name, content, problems);
                if (model != null) {
                    bpmn.put(name, model);
                    for (Process process : model.getModelElementsByType(Process.class)) {
                        if (process.isExecutable()) {
                            declare(processIds, process.getId(), name, "prosessen", problems);
                            if (process.getCamundaHistoryTimeToLiveString() == null) {
                                problems.add(new ModelProblem(name, process.getId(), process.getName(), NO_HISTORY));
                            }
                        }
                    }
                }
            } else if (name.endsWith(".dmn")) {
                DmnModelInstance model = parseDmn(name, content, problems);
                if (model != null) {
                    checkDecisions(name, model, decisionIds, problems);
                }
            } else if (name.endsWith(".form")) {
                readForm(name, content, formIds, formFields, problems);
            }
        });

        Map<String, Set<String>> variables = variablesOfProcesses(bpmn.values(), formFields);
        bpmn.forEach((name, model) -> {
            DomElement root = model.getDocument().getRootElement();
            if (root.getChildElementsByNameNs(BPMNDI_NS, "BPMNDiagram").isEmpty()) {
                problems.add(new ModelProblem(name, null, "har ikke diagram (BPMNDI), så den kan ikke åpnes i Camunda "
                        + "Modeler. Tegn og lagre den i Modeler."));
            }
            checkReferences(name, root, processIds, decisionIds, formFields.keySet(), problems);
            ModelLiterals.check(name, root, problems);
            for (Process process : model.getModelElementsByType(Process.class)) {
                expressions.check(name, model, process.getDomElement(), variables.get(process.getId()), problems);
            }
        });
        if (problems.isEmpty()) {
            // The features read the files only once they parse.
            extensions.get().forEach(extension -> problems.addAll(extension.check(resources)));
        }
        return problems;
    }

    /**
     * What makes a diagram unclear to the people who read it (bpmnlint's recommended rules: labels,
     * joins, conditions, starts and ends): the test over processes/ refuses it, a deployment only
     * warns, since the engine runs such a model correctly.
     */
    public List<ModelProblem> lint(Map<String, byte[]> resources) {
        List<ModelProblem> problems = new ArrayList<>();
        resources.forEach((name, content) -> {
            if (name.endsWith(".bpmn")) {
                BpmnModelInstance model = parseBpmn(name, content, new ArrayList<>());
                if (model != null) {
                    ModelLint.check(name, model, problems);
                }
            }
        });
        return problems;
    }

    private void checkDecisions(String file, DmnModelInstance model, Map<String, String> decisionIds,
                                List<ModelProblem> problems) {
        if (!allowScripts) {
            refuseScriptLanguages(file, model.getDocument().getRootElement(), problems);
        }
        for (Decision decision : model.getModelElementsByType(Decision.class)) {
            declare(decisionIds, decision.getId(), file, "tabellen", problems);
            if (decision.getCamundaHistoryTimeToLiveString() == null) {
                problems.add(new ModelProblem(file, decision.getId(), decision.getName(), NO_HISTORY));
            }
            if (decision.getExpression() instanceof DecisionTable table) {
                checkUnits(file, table, problems);
            }
        }
        refuseReflection(file, model.getDocument().getRootElement(), problems);
    }

    /** A decision's JUEL reaching for classes; FEEL cannot. */
    private static void refuseReflection(String file, DomElement element, List<ModelProblem> problems) {
        String text = ModelElements.ownText(element);
        if (text != null && ModelExpressions.reachesForClasses(text) != null) {
            problems.add(ModelElements.problem(file, element, "uttrykket «" + text.strip() + "» bruker «"
                    + ModelExpressions.reachesForClasses(text) + "». Uttrykk kan aldri bruke Java-klasser: fjern det."));
        }
        for (DomElement child : element.getChildElements()) {
            refuseReflection(file, child, problems);
        }
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
                    String description = rule.getDescription() == null ? null : rule.getDescription().getTextContent();
                    problems.add(new ModelProblem(file, rule.getId(), description, "raden sender meldinger til enheten «"
                            + literal.group(1) + "», som ikke finnes i organisasjonsfilen. Legg enheten inn i "
                            + "organisasjonsfilen, eller endre raden til en enhet som finnes."));
                }
            }
        }
    }

    /**
     * What each process provides to its expressions: the variables Medvirk's steps set, its forms'
     * fields, what its model maps (results, outputs, the initiator, a multi-instance element), and what
     * the processes that call it pass in.
     */
    private Map<String, Set<String>> variablesOfProcesses(Iterable<BpmnModelInstance> models,
                                                          Map<String, Set<String>> formFields) {
        Map<String, Set<String>> variables = new HashMap<>();
        List<DomElement> callActivities = new ArrayList<>();
        for (BpmnModelInstance model : models) {
            for (Process process : model.getModelElementsByType(Process.class)) {
                Set<String> known = new HashSet<>(references.variablesOf(process.getId()));
                collect(process.getDomElement(), known, formFields, callActivities);
                variables.put(process.getId(), known);
            }
        }
        // What a call activity passes in is the called process's too; twice, for a call within a call.
        for (int round = 0; round < 2; round++) {
            for (DomElement call : callActivities) {
                Set<String> called = variables.get(call.getAttribute("calledElement"));
                if (called == null) {
                    continue;
                }
                for (DomElement extensions : call.getChildElementsByNameNs(BPMN_NS, "extensionElements")) {
                    for (DomElement in : extensions.getChildElementsByNameNs(CAMUNDA_NS, "in")) {
                        if ("all".equals(in.getAttribute("variables"))) {
                            called.addAll(variables.getOrDefault(processOf(call), Set.of()));
                        } else if (in.getAttribute("target") != null) {
                            called.add(in.getAttribute("target"));
                        }
                    }
                }
            }
        }
        return variables;
    }

    private static void collect(DomElement element, Set<String> known, Map<String, Set<String>> formFields,
                                List<DomElement> callActivities) {
        String formRef = element.getAttribute(CAMUNDA_NS, "formRef");
        if (formRef != null) {
            known.addAll(formFields.getOrDefault(formRef, Set.of()));
        }
        for (String attribute : List.of("resultVariable", "elementVariable", "initiator")) {
            String name = element.getAttribute(CAMUNDA_NS, attribute);
            if (name != null && !name.isBlank()) {
                known.add(name.strip());
            }
        }
        if (ModelElements.is(element, CAMUNDA_NS, "outputParameter") && element.getAttribute("name") != null) {
            known.add(element.getAttribute("name"));
        }
        if (ModelElements.is(element, CAMUNDA_NS, "out") && element.getAttribute("target") != null) {
            known.add(element.getAttribute("target"));
        }
        if (ModelElements.is(element, BPMN_NS, "callActivity")) {
            callActivities.add(element);
        }
        for (DomElement child : element.getChildElements()) {
            collect(child, known, formFields, callActivities);
        }
    }

    private static String processOf(DomElement element) {
        for (DomElement e = element; e != null; e = e.getParentElement()) {
            if (ModelElements.is(e, BPMN_NS, "process")) {
                return e.getAttribute("id");
            }
        }
        return null;
    }

    private void checkReferences(String file, DomElement element, Map<String, String> processIds,
                                 Map<String, String> decisionIds, Set<String> formIds, List<ModelProblem> problems) {
        String camundaClass = element.getAttribute(CAMUNDA_NS, "class");
        if (camundaClass != null) {
            problems.add(ModelElements.problem(file, element, "bruker camunda:class=\"" + camundaClass
                    + "\". Velg et av Medvirks steg med delegateExpression, for eksempel ${forwardMessage}."));
        }
        if (!allowScripts) {
            refuseScripts(file, element, problems);
        }
        String delegate = element.getAttribute(CAMUNDA_NS, "delegateExpression");
        if (delegate != null) {
            Matcher bean = BEAN_REFERENCE.matcher(delegate);
            if (!bean.find()) {
                problems.add(ModelElements.problem(file, element, "«" + delegate + "» er ikke navnet på et steg. "
                        + "Skriv det som ${navnPåSteget}, for eksempel ${forwardMessage}."));
            } else if (!references.beanExists(bean.group(1))) {
                problems.add(ModelElements.problem(file, element, "steget «" + bean.group(1) + "» finnes ikke i "
                        + "Medvirk. Rett skrivefeilen, eller velg et steg fra malene i Modeler."));
            } else {
                StepSettings.check(file, element, references.settingsOf(bean.group(1)), references, problems);
            }
        }
        String formRef = element.getAttribute(CAMUNDA_NS, "formRef");
        if (isLiteral(formRef) && !formIds.contains(formRef)
                && ("deployment".equals(element.getAttribute(CAMUNDA_NS, "formRefBinding"))
                    || !references.formDeployed(formRef))) {
            problems.add(ModelElements.problem(file, element, "skjemaet «" + formRef + "» finnes ikke: ingen "
                    + ".form-fil har den id-en. Rett id-en, eller legg skjemaet i processes/forms."));
        }
        String decisionRef = element.getAttribute(CAMUNDA_NS, "decisionRef");
        if (isLiteral(decisionRef) && !decisionIds.containsKey(decisionRef)
                && ("deployment".equals(element.getAttribute(CAMUNDA_NS, "decisionRefBinding"))
                    || !references.decisionDeployed(decisionRef))) {
            problems.add(ModelElements.problem(file, element, "tabellen «" + decisionRef + "» finnes ikke: ingen "
                    + ".dmn-fil har en tabell med den id-en. Rett id-en."));
        }
        if (ModelElements.is(element, BPMN_NS, "callActivity")) {
            String called = element.getAttribute("calledElement");
            if (isLiteral(called) && !processIds.containsKey(called)
                    && ("deployment".equals(element.getAttribute(CAMUNDA_NS, "calledElementBinding"))
                        || !references.processDeployed(called))) {
                problems.add(ModelElements.problem(file, element, "prosessen «" + called + "» som kalles, finnes "
                        + "ikke: ingen .bpmn-fil har en prosess med den id-en. Rett id-en."));
            }
        }
        for (String attribute : List.of("candidateGroups", "candidateStarterGroups")) {
            String groups = element.getAttribute(CAMUNDA_NS, attribute);
            if (groups != null && !groups.contains("{")) {
                for (String group : groups.split(",")) {
                    if (!group.isBlank() && !references.groupExists(group.trim())) {
                        problems.add(ModelElements.problem(file, element, "gruppen «" + group.trim() + "» finnes "
                                + "ikke i organisasjonen. Grupper: service-centre, mayor, chief-executive, "
                                + "committee-secretariat, politicians, unit-<enhet> og unit-<enhet>-leaders."));
                    }
                }
            }
        }
        for (DomElement child : element.getChildElements()) {
            checkReferences(file, child, processIds, decisionIds, formIds, problems);
        }
    }

    private static void refuseScripts(String file, DomElement element, List<ModelProblem> problems) {
        if (ModelElements.is(element, BPMN_NS, "scriptTask")) {
            problems.add(ModelElements.problem(file, element, "er en skriptoppgave" + NO_SCRIPTS));
        } else if (ModelElements.is(element, CAMUNDA_NS, "script")) {
            problems.add(ModelElements.problem(file, element, "har et skript (camunda:script)" + NO_SCRIPTS));
        } else if (BPMN_NS.equals(element.getNamespaceURI()) && element.getAttribute("language") != null) {
            problems.add(ModelElements.problem(file, element, "har en betingelse i skriptspråket «"
                    + element.getAttribute("language") + "»" + NO_SCRIPTS));
        }
    }

    private static void refuseScriptLanguages(String file, DomElement element, List<ModelProblem> problems) {
        String language = element.getAttribute("expressionLanguage");
        if (language != null && !DMN_LANGUAGES.contains(language.trim().toLowerCase(Locale.ROOT))) {
            problems.add(ModelElements.problem(file, element, "bruker skriptspråket «" + language + "»" + NO_SCRIPTS
                    + " FEEL og JUEL går fint."));
        }
        for (DomElement child : element.getChildElements()) {
            refuseScriptLanguages(file, child, problems);
        }
    }

    private static boolean isLiteral(String value) {
        return value != null && !value.isBlank() && !ModelElements.isExpression(value);
    }

    private static void declare(Map<String, String> ids, String id, String file, String kind,
                                List<ModelProblem> problems) {
        String other = ids.putIfAbsent(id, file);
        if (other != null) {
            problems.add(new ModelProblem(file, id, "id-en til " + kind + " brukes også i " + other
                    + ". Gi den en id som ingen annen fil har."));
        }
    }

    private static BpmnModelInstance parseBpmn(String name, byte[] content, List<ModelProblem> problems) {
        try {
            return ModelParsing.bpmn(content);
        } catch (RuntimeException e) {
            problems.add(new ModelProblem(name, null, "kan ikke leses: " + describe(e)));
            return null;
        }
    }

    private static DmnModelInstance parseDmn(String name, byte[] content, List<ModelProblem> problems) {
        try {
            return ModelParsing.dmn(content);
        } catch (RuntimeException e) {
            problems.add(new ModelProblem(name, null, "kan ikke leses: " + describe(e)));
            return null;
        }
    }

    /** A form's id, and the keys of its fields (dynamic lists by their path), for the variable check. */
    private static void readForm(String name, byte[] content, Map<String, String> formIds,
                                 Map<String, Set<String>> formFields, List<ModelProblem> problems) {
        JsonNode form;
        try {
            form = JSON.readTree(content);
        } catch (IOException e) {
            problems.add(new ModelProblem(name, null, "er ikke et gyldig skjema (JSON): " + e.getMessage()));
            return;
        }
        JsonNode id = form.path("id");
        if (!id.isTextual() || id.asText().isBlank()) {
            problems.add(new ModelProblem(name, null, "skjemaet har ingen id. Gi det en id i Modeler (Form → Id)."));
            return;
        }
        declare(formIds, id.asText(), name, "skjemaet", problems);
        Set<String> fields = new HashSet<>();
        fieldsOf(form, fields);
        formFields.putIfAbsent(id.asText(), fields);
    }

    private static void fieldsOf(JsonNode component, Set<String> fields) {
        for (String name : List.of("key", "path")) {
            if (component.path(name).isTextual()) {
                fields.add(component.path(name).asText());
            }
        }
        component.path("components").forEach(child -> fieldsOf(child, fields));
    }

    /** The XML parser's own words and the line they point at, not the wrapper's. */
    private static String describe(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        if (cause instanceof SAXParseException sax) {
            return sax.getMessage() + " (linje " + sax.getLineNumber() + ", kolonne " + sax.getColumnNumber() + ")";
        }
        // Camunda's parser reports "Fatal Error: URI=null Line=10: <what>".
        Matcher located = PARSER_MESSAGE.matcher(String.valueOf(cause.getMessage()));
        return located.matches() ? located.group(2) + " (linje " + located.group(1) + ")" : cause.getMessage();
    }
}
