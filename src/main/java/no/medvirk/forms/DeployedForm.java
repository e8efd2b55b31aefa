package no.medvirk.forms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.cmd.GetCamundaFormDefinitionCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.form.CamundaFormRefImpl;
import org.camunda.bpm.engine.impl.form.FormDefinition;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.repository.CamundaFormDefinition;

/**
 * The Camunda Form a task's or a start event's {@code formRef} names, as deployed: the variables it
 * submits and every name it refers to. What a form submits is what Tasklist sends: each field that
 * is not disabled, a dynamic list or a group with a path as one variable. It refers to its fields,
 * the option lists of its selects, and the names in its {@code {{templates}}} and
 * {@code =expressions}. A deployed form never changes, so each is read once. Read inside the
 * engine's command, where the task or execution is.
 */
public final class DeployedForm {

    /** A task or start without a Camunda Form: it submits and shows nothing. */
    private static final DeployedForm NONE = new DeployedForm(Set.of(), Set.of());

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern TEMPLATE = Pattern.compile("\\{\\{(.*?)}}", Pattern.DOTALL);
    private static final Pattern STRING_LITERAL = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Set<String> FEEL_WORDS = Set.of("and", "or", "not", "null", "true", "false", "if", "then",
            "else", "for", "in", "return", "some", "every", "satisfies", "between", "instance", "of", "function");
    private static final Set<String> NAMING_PROPERTIES = Set.of("key", "path", "valuesKey");
    private static final Map<String, DeployedForm> READ = new ConcurrentHashMap<>();
    private static final String DEPLOYMENT_BINDING = "deployment";
    /** The forms bound by deployment, by deployment id and form key: a deployment never changes. */
    private static final Map<String, DeployedForm> BY_DEPLOYMENT = new ConcurrentHashMap<>();

    private final Set<String> inputs;
    private final Set<String> names;

    private DeployedForm(Set<String> inputs, Set<String> names) {
        this.inputs = Set.copyOf(inputs);
        this.names = Set.copyOf(names);
    }

    /** The form of a task of a process; none for a task without one. */
    public static DeployedForm of(DelegateTask task) {
        TaskEntity entity = (TaskEntity) task;
        TaskDefinition definition = entity.getTaskDefinition();
        ProcessDefinitionEntity process = entity.getProcessDefinition();
        return definition == null || process == null ? NONE
                : read(definition.getFormDefinition(), task, process.getDeploymentId());
    }

    /** The start form of the execution's process. */
    public static DeployedForm ofStart(DelegateExecution execution) {
        ProcessDefinitionEntity process = ((ExecutionEntity) execution).getProcessDefinition();
        return read(process.getStartFormDefinition(), execution, process.getDeploymentId());
    }

    /** A form's JSON, as Camunda Modeler saves it. */
    public static DeployedForm parse(byte[] json) {
        JsonNode form;
        try {
            form = JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException("A deployed form is not JSON", e);
        }
        Set<String> inputs = new TreeSet<>();
        Set<String> names = new TreeSet<>();
        submitted(form.path("components"), inputs);
        referred(form, names);
        return new DeployedForm(inputs, names);
    }

    /** The variables Tasklist sends when the form is completed. */
    public Set<String> inputs() {
        return inputs;
    }

    public boolean hasInput(String name) {
        return inputs.contains(name);
    }

    /** Whether the form shows or asks for the variable of this name. */
    public boolean refersTo(String name) {
        return names.contains(name);
    }

    private static DeployedForm read(FormDefinition form, VariableScope scope, String deploymentId) {
        if (form == null || form.getCamundaFormDefinitionKey() == null) {
            return NONE;
        }
        String key = (String) form.getCamundaFormDefinitionKey().getValue(scope);
        if (DEPLOYMENT_BINDING.equals(form.getCamundaFormDefinitionBinding())) {
            // The form of the process's own deployment: the same for each of its tasks, found once.
            return BY_DEPLOYMENT.computeIfAbsent(deploymentId + '/' + key, found -> find(form, key, scope, deploymentId));
        }
        return find(form, key, scope, deploymentId);
    }

    private static DeployedForm find(FormDefinition form, String key, VariableScope scope, String deploymentId) {
        CamundaFormRefImpl ref = new CamundaFormRefImpl(key, form.getCamundaFormDefinitionBinding());
        if (form.getCamundaFormDefinitionVersion() != null) {
            ref.setVersion(Integer.valueOf(String.valueOf(form.getCamundaFormDefinitionVersion().getValue(scope))));
        }
        CommandContext context = Context.getCommandContext();
        CamundaFormDefinition definition = new GetCamundaFormDefinitionCmd(ref, deploymentId).execute(context);
        if (definition == null) {
            return NONE;
        }
        DeployedForm read = READ.get(definition.getId());
        if (read == null) {
            read = parse(context.getResourceManager().findResourceByDeploymentIdAndResourceName(
                    definition.getDeploymentId(), definition.getResourceName()).getBytes());
            READ.put(definition.getId(), read);
        }
        return read;
    }

    private static void submitted(JsonNode components, Set<String> inputs) {
        for (JsonNode component : components) {
            if (component.path("disabled").asBoolean(false)) {
                continue;
            }
            String path = component.path("path").asText("");
            String key = component.path("key").asText("");
            if (!path.isEmpty()) {
                inputs.add(variable(path));
            } else if (!key.isEmpty()) {
                inputs.add(variable(key));
            } else {
                submitted(component.path("components"), inputs);
            }
        }
    }

    private static void referred(JsonNode node, Set<String> names) {
        if (node.isArray()) {
            node.forEach(element -> referred(element, names));
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode value = field.getValue();
            if (value.isTextual()) {
                String text = value.asText();
                if (NAMING_PROPERTIES.contains(field.getKey()) && !text.isEmpty()) {
                    names.add(variable(text));
                }
                if (text.startsWith("=")) {
                    namesIn(text.substring(1), names);
                }
                for (Matcher template = TEMPLATE.matcher(text); template.find(); ) {
                    namesIn(template.group(1), names);
                }
            } else {
                referred(value, names);
            }
        }
    }

    private static void namesIn(String expression, Set<String> names) {
        Matcher name = NAME.matcher(STRING_LITERAL.matcher(expression).replaceAll(" "));
        while (name.find()) {
            if (!FEEL_WORDS.contains(name.group())) {
                names.add(name.group());
            }
        }
    }

    /** The variable a key or path is kept in: "a.b" is a field b of the object a. */
    private static String variable(String keyOrPath) {
        int dot = keyOrPath.indexOf('.');
        return dot < 0 ? keyOrPath : keyOrPath.substring(0, dot);
    }
}
