package no.medvirk.engine;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a model may name, listed by name: a unit is there when its group unit-{code} is; every process
 * is given the variables listed.
 */
record ListedReferences(Set<String> beans, Set<String> groups, Set<String> decisions, Set<String> processes,
                        Set<String> forms, Map<String, Set<String>> variables,
                        Map<String, List<StepSetting>> settings) implements ModelReferences {

    ListedReferences(Set<String> beans, Set<String> groups, Set<String> decisions, Set<String> processes,
                     Set<String> forms, Map<String, Set<String>> variables) {
        this(beans, groups, decisions, processes, forms, variables, Map.of());
    }

    /** The variable {@code unitCode} in every process. */
    ListedReferences(Set<String> beans, Set<String> groups, Set<String> decisions, Set<String> processes,
                     Set<String> forms) {
        this(beans, groups, decisions, processes, forms, Map.of());
    }

    @Override
    public Set<String> variablesOf(String processKey) {
        return variables.isEmpty() ? Set.of("unitCode") : variables.getOrDefault(processKey, Set.of());
    }

    @Override
    public boolean beanExists(String name) {
        return beans.contains(name);
    }

    @Override
    public List<StepSetting> settingsOf(String bean) {
        return settings.getOrDefault(bean, List.of());
    }

    @Override
    public boolean groupExists(String groupId) {
        return groups.contains(groupId);
    }

    @Override
    public boolean unitExists(String unitCode) {
        return groups.contains("unit-" + unitCode);
    }

    @Override
    public boolean decisionDeployed(String key) {
        return decisions.contains(key);
    }

    @Override
    public boolean processDeployed(String key) {
        return processes.contains(key);
    }

    @Override
    public boolean formDeployed(String id) {
        return forms.contains(id);
    }
}
