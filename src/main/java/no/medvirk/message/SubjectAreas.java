package no.medvirk.message;

import java.util.List;
import no.medvirk.engine.DecisionInputValues;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.dmn.entity.repository.DecisionDefinitionEntity;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.springframework.stereotype.Component;

/**
 * The subject areas a message may have: those the deployed routing decision names. The latest version is
 * looked up by its key alone, whoever asks (the areas are no secret), not with a decision definition query,
 * which built its SQL with the caller's authorizations at every registration (issue 18).
 */
@Component
public class SubjectAreas {

    static final String ROUTING_DECISION = "message-routing";
    private static final String SUBJECT_AREA_INPUT = MessageVariables.SUBJECT_AREA;

    private final ProcessEngine engine;
    private volatile Cached cached;

    private record Cached(String decisionDefinitionId, List<String> areas) {
    }

    SubjectAreas(ProcessEngine engine) {
        this.engine = engine;
    }

    public List<String> all() {
        CommandExecutor commands = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                .getCommandExecutorTxRequired();
        return commands.execute(context -> {
            DecisionDefinitionEntity latest = context.getDecisionDefinitionManager()
                    .findLatestDefinitionByKey(ROUTING_DECISION);
            if (latest == null) {
                return List.of();
            }
            Cached current = cached;
            if (current == null || !current.decisionDefinitionId().equals(latest.getId())) {
                DmnModelInstance model = context.getProcessEngineConfiguration().getDeploymentCache()
                        .findDmnModelInstanceForDecisionDefinition(latest.getId());
                current = new Cached(latest.getId(),
                        DecisionInputValues.of(model, ROUTING_DECISION, SUBJECT_AREA_INPUT).orElse(List.of()));
                cached = current;
            }
            return current.areas();
        });
    }
}
