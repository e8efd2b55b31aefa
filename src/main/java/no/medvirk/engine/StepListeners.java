package no.medvirk.engine;

import java.beans.Introspector;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.listener.DelegateExpressionExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.task.listener.DelegateExpressionTaskListener;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

/**
 * Attaches the listeners marked {@link ListensTo} when a model is parsed: by the user task's form or
 * the business rule task's decision, after what the model itself declares, skipping one the model
 * already names (versions deployed before this).
 */
public final class StepListeners extends AbstractBpmnParseListener {

    record Attached(String event, String bean, int order) {
    }

    private final Map<String, List<Attached>> byForm = new HashMap<>();
    private final Map<String, List<Attached>> byDecision = new HashMap<>();

    /** @param beans each listener's bean name and class */
    StepListeners(Map<String, Class<?>> beans) {
        beans.forEach((bean, type) -> {
            ListensTo listensTo = ClassUtils.getUserClass(type).getAnnotation(ListensTo.class);
            if (listensTo != null) {
                for (String form : listensTo.forms()) {
                    byForm.computeIfAbsent(form, f -> new ArrayList<>()).add(new Attached(listensTo.event(), bean, listensTo.order()));
                }
                for (String decision : listensTo.decisions()) {
                    byDecision.computeIfAbsent(decision, d -> new ArrayList<>()).add(new Attached(listensTo.event(), bean, listensTo.order()));
                }
            }
        });
        byForm.values().forEach(list -> list.sort(Comparator.comparingInt(Attached::order)));
        byDecision.values().forEach(list -> list.sort(Comparator.comparingInt(Attached::order)));
    }

    /** For the plain test engine, which has no Spring context: the classes of no.medvirk marked {@link ListensTo}. */
    public static StepListeners scanned() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(ListensTo.class));
        Map<String, Class<?>> beans = new HashMap<>();
        for (var candidate : scanner.findCandidateComponents("no.medvirk")) {
            Class<?> type = ClassUtils.resolveClassName(candidate.getBeanClassName(), StepListeners.class.getClassLoader());
            Component component = type.getAnnotation(Component.class);
            beans.put(component != null && !component.value().isEmpty() ? component.value()
                    : Introspector.decapitalize(type.getSimpleName()), type);
        }
        return new StepListeners(beans);
    }

    @Override
    public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
        String form = element.attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "formRef");
        if (form == null || !(activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior)) {
            return;
        }
        TaskDefinition task = behavior.getTaskDefinition();
        for (Attached attached : byForm.getOrDefault(form, List.of())) {
            boolean named = task.getTaskListeners().getOrDefault(attached.event(), List.of()).stream()
                    .anyMatch(l -> l instanceof DelegateExpressionTaskListener d && d.getExpressionText().equals(expression(attached)));
            if (!named) {
                TaskListener listener = new DelegateExpressionTaskListener(create(attached), List.of());
                task.addTaskListener(attached.event(), listener);
            }
        }
    }

    @Override
    public void parseBusinessRuleTask(Element element, ScopeImpl scope, ActivityImpl activity) {
        String decision = element.attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "decisionRef");
        for (Attached attached : decision == null ? List.<Attached>of() : byDecision.getOrDefault(decision, List.of())) {
            boolean named = activity.getListeners(attached.event()).stream()
                    .anyMatch(l -> l instanceof DelegateExpressionExecutionListener d && d.getExpressionText().equals(expression(attached)));
            if (!named) {
                ExecutionListener listener = new DelegateExpressionExecutionListener(create(attached), List.of());
                activity.addListener(attached.event(), listener);
            }
        }
    }

    private static String expression(Attached attached) {
        return "${" + attached.bean() + "}";
    }

    private static Expression create(Attached attached) {
        return Context.getProcessEngineConfiguration().getExpressionManager().createExpression(expression(attached));
    }
}
