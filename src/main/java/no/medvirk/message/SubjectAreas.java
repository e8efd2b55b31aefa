package no.medvirk.message;

import java.util.List;
import no.medvirk.engine.DecisionInputValues;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.springframework.stereotype.Component;

/** The subject areas a message may have: those the deployed routing decision names. */
@Component
public class SubjectAreas {

    static final String ROUTING_DECISION = "message-routing";
    private static final String SUBJECT_AREA_INPUT = MessageVariables.SUBJECT_AREA;

    private final RepositoryService repositoryService;
    private volatile Cached cached;

    private record Cached(String decisionDefinitionId, List<String> areas) {
    }

    SubjectAreas(RepositoryService repositoryService) {
        this.repositoryService = repositoryService;
    }

    public List<String> all() {
        DecisionDefinition latest = repositoryService.createDecisionDefinitionQuery()
                .decisionDefinitionKey(ROUTING_DECISION).latestVersion().singleResult();
        if (latest == null) {
            return List.of();
        }
        Cached current = cached;
        if (current == null || !current.decisionDefinitionId().equals(latest.getId())) {
            DmnModelInstance model = repositoryService.getDmnModelInstance(latest.getId());
            current = new Cached(latest.getId(),
                    DecisionInputValues.of(model, ROUTING_DECISION, SUBJECT_AREA_INPUT).orElse(List.of()));
            cached = current;
        }
        return current.areas();
    }
}
