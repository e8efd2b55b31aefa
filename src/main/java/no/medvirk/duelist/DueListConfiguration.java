package no.medvirk.duelist;

import java.util.Set;
import no.medvirk.engine.Grants;
import no.medvirk.engine.ProcessVariables;
import no.medvirk.organisation.OrganisationGroups;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class DueListConfiguration {

    /** Whoever runs the week's lists (the service centre, or a user's completed task) asks the escalation table. */
    @Bean
    SmartInitializingSingleton everyoneAsksTheEscalationTable(AuthorizationService authorizations) {
        return () -> Grants.grant(authorizations, OrganisationGroups.ALL_USERS, Resources.DECISION_DEFINITION,
                EscalateOverdue.DECISION, Permissions.READ, Permissions.CREATE_INSTANCE);
    }

    @Bean
    static ProcessVariables weeklyDueListsVariables() {
        return new ProcessVariables(Set.of(DueListVariables.PROCESS), DueListVariables.SET_BY_STEPS);
    }
}
