package no.medvirk.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.DeployCmd;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.migration.MigrationInstruction;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanValidationException;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Open cases follow a changed routine. When a new version of the routine is deployed (from the folder
 * or from Modeler), the running instances of each of its processes move to the new version where each
 * activity they wait in is in it too (the same id), by Camunda's migration in a batch that the job
 * executor works through; the others stay on their version, and each is recorded with the reason
 * ({@link ProcessChanges}, {@code GET /api/process-changes/latest}). A command interceptor outside the
 * transaction, so that it runs once the new version is committed, whichever way it was deployed.
 */
final class RoutineMigration extends CommandInterceptor {

    private static final Logger log = LoggerFactory.getLogger(RoutineMigration.class);

    private final String routine;
    private final ProcessEngineConfigurationImpl engine;
    private final ObjectProvider<ProcessChanges> changes;

    RoutineMigration(String routine, ProcessEngineConfigurationImpl engine, ObjectProvider<ProcessChanges> changes) {
        this.routine = routine;
        this.engine = engine;
        this.changes = changes;
    }

    @Override
    public <T> T execute(Command<T> command) {
        T result = next.execute(command);
        if (command instanceof DeployCmd && result instanceof DeploymentWithDefinitions deployment
                && routine.equals(deployment.getName()) && deployment.getDeployedProcessDefinitions() != null
                && !deployment.getDeployedProcessDefinitions().isEmpty()) {
            // Not as the administrator who deployed: the query limit for users would stop at 2000 cases.
            IdentityService identity = engine.getIdentityService();
            Authentication caller = identity.getCurrentAuthentication();
            identity.clearAuthentication();
            try {
                migrate(deployment);
            } finally {
                if (caller != null) {
                    identity.setAuthentication(caller);
                }
            }
        }
        return result;
    }

    private void migrate(DeploymentWithDefinitions deployment) {
        RepositoryService repository = engine.getRepositoryService();
        for (ProcessDefinition target : deployment.getDeployedProcessDefinitions()) {
            for (ProcessDefinition old : repository.createProcessDefinitionQuery().processDefinitionKey(target.getKey())
                    .list()) {
                if (old.getVersion() < target.getVersion()
                        && engine.getRuntimeService().createProcessInstanceQuery().processDefinitionId(old.getId())
                        .count() > 0) {
                    migrate(deployment, old, target);
                }
            }
        }
    }

    private void migrate(DeploymentWithDefinitions deployment, ProcessDefinition old, ProcessDefinition target) {
        RuntimeService runtime = engine.getRuntimeService();
        List<ProcessInstance> running = runtime.createProcessInstanceQuery().processDefinitionId(old.getId()).list();
        MigrationPlan plan;
        try {
            plan = runtime.createMigrationPlan(old.getId(), target.getId()).mapEqualActivities().updateEventTriggers()
                    .build();
        } catch (MigrationPlanValidationException e) {
            Map<ProcessInstance, String> left = new LinkedHashMap<>();
            running.forEach(instance -> left.put(instance, "den nye versjonen kan ikke ta over saker fra versjon "
                    + old.getVersion() + ": " + e.getMessage()));
            record(deployment, old, target, List.of(), null, left);
            return;
        }
        Set<String> mapped = plan.getInstructions().stream().map(MigrationInstruction::getSourceActivityId)
                .collect(Collectors.toSet());
        Map<ProcessInstance, String> left = new LinkedHashMap<>();
        for (FlowNode activity : engine.getRepositoryService().getBpmnModelInstance(old.getId())
                .getModelElementsByType(FlowNode.class)) {
            if (!mapped.contains(activity.getId())) {
                for (ProcessInstance instance : runtime.createProcessInstanceQuery().processDefinitionId(old.getId())
                        .activityIdIn(activity.getId()).list()) {
                    left.put(instance, "saken venter i «" + (activity.getName() == null ? activity.getId()
                            : activity.getName()) + "» (" + activity.getId() + "), som ikke finnes i den nye versjonen");
                }
            }
        }
        Set<String> leftIds = left.keySet().stream().map(ProcessInstance::getId).collect(Collectors.toSet());
        List<String> moving = new ArrayList<>();
        running.stream().map(ProcessInstance::getId).filter(id -> !leftIds.contains(id)).forEach(moving::add);
        Batch batch = moving.isEmpty() ? null : runtime.newMigration(plan).processInstanceIds(moving).executeAsync();
        record(deployment, old, target, moving, batch, left);
    }

    private void record(DeploymentWithDefinitions deployment, ProcessDefinition old, ProcessDefinition target,
                        List<String> moving, Batch batch, Map<ProcessInstance, String> left) {
        log.info("{} version {} → {}: {} running cases move to the new version, {} stay", old.getKey(),
                old.getVersion(), target.getVersion(), moving.size(), left.size());
        changes.getObject().record(deployment, old.getKey(), old.getVersion(), target.getVersion(), moving.size(),
                batch == null ? null : batch.getId(), left);
    }
}
