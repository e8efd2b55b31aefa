package no.medvirk.engine;

import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.util.ClassUtils;

/** Looks up what models name in the Spring context, the organisation and what the engine has deployed. */
class EngineModelReferences implements ModelReferences {

    private final ListableBeanFactory beans;
    private final ObjectProvider<KnownGroups> knownGroups;
    private final ProcessEngineConfigurationImpl engine;

    EngineModelReferences(ListableBeanFactory beans, ObjectProvider<KnownGroups> knownGroups,
                          ProcessEngineConfigurationImpl engine) {
        this.beans = beans;
        this.knownGroups = knownGroups;
        this.engine = engine;
    }

    @Override
    public boolean beanExists(String name) {
        // Only Medvirk's own beans: the expression sandbox refuses the others.
        if (!beans.containsBean(name)) {
            return false;
        }
        Class<?> type = beans.getType(name);
        return type != null && type.getName().startsWith("no.medvirk.");
    }

    @Override
    public List<StepSetting> settingsOf(String bean) {
        return List.of(ClassUtils.getUserClass(beans.getType(bean)).getAnnotationsByType(StepSetting.class));
    }

    @Override
    public boolean groupExists(String groupId) {
        KnownGroups groups = knownGroups.getIfAvailable();
        return groups == null || groups.contains(groupId);
    }

    @Override
    public Set<String> variablesOf(String processKey) {
        return beans.getBeanProvider(ProcessVariables.class).stream()
                .filter(variables -> variables.processKeys().contains(processKey))
                .flatMap(variables -> variables.names().stream()).collect(Collectors.toSet());
    }

    @Override
    public boolean unitExists(String unitCode) {
        KnownGroups groups = knownGroups.getIfAvailable();
        return groups == null || groups.hasUnit(unitCode);
    }

    @Override
    public boolean decisionDeployed(String key) {
        return exists(context -> context.getDecisionDefinitionManager().findLatestDefinitionByKey(key));
    }

    @Override
    public boolean processDeployed(String key) {
        return exists(context -> context.getProcessDefinitionManager().findLatestDefinitionByKey(key));
    }

    @Override
    public boolean formDeployed(String id) {
        return exists(context -> context.getCamundaFormDefinitionManager().findLatestDefinitionByKey(id));
    }

    // Runs inside the deploy command when called from there, or in a command of its own at start-up.
    private boolean exists(Function<CommandContext, Object> lookup) {
        return engine.getCommandExecutorTxRequired().execute(context -> lookup.apply(context) != null);
    }
}
