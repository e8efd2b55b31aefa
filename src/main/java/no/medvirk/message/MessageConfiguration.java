package no.medvirk.message;

import java.util.Set;
import no.medvirk.engine.Grants;
import no.medvirk.engine.ProcessVariables;
import no.medvirk.organisation.OrganisationGroups;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({MessageSettings.class, MapSettings.class})
class MessageConfiguration {

    /**
     * The service centre registers every message and follows them all: in Tasklist it may read
     * every message's tasks and cases, whoever works on them (they change them only through its own).
     */
    @Bean
    SmartInitializingSingleton serviceCentreSeesEveryMessage(AuthorizationService authorizations) {
        return () -> {
            Grants.grant(authorizations, OrganisationGroups.SERVICE_CENTRE, Resources.PROCESS_DEFINITION,
                    MessageVariables.PROCESS, ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.READ_TASK,
                    ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY,
                    ProcessDefinitionPermissions.CREATE_INSTANCE);
            // The citizens' verdicts on those messages, and the monthly sample the service centre calls.
            for (String process : new String[] {CitizenVerdictVariables.VERDICT_PROCESS, CitizenVerdictVariables.SAMPLE_PROCESS}) {
                Grants.grant(authorizations, OrganisationGroups.SERVICE_CENTRE, Resources.PROCESS_DEFINITION, process,
                        ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.READ_TASK,
                        ProcessDefinitionPermissions.READ_INSTANCE);
            }
        };
    }

    /** Everyone who registers a message (the API, the service centre's forms) asks the rules table. */
    @Bean
    SmartInitializingSingleton everyoneAsksTheRulesTable(AuthorizationService authorizations) {
        return () -> Grants.grant(authorizations, OrganisationGroups.ALL_USERS, Resources.DECISION_DEFINITION,
                MessageRulesTable.DECISION, Permissions.READ, Permissions.CREATE_INSTANCE);
    }

    @Bean
    static ProcessVariables messageLifecycleVariables() {
        return new ProcessVariables(Set.of(MessageVariables.PROCESS), MessageVariables.SET_BY_STEPS);
    }

    @Bean
    static ProcessVariables citizenVerdictVariables() {
        return new ProcessVariables(Set.of(CitizenVerdictVariables.VERDICT_PROCESS, CitizenVerdictVariables.SAMPLE_PROCESS),
                CitizenVerdictVariables.SET_BY_STEPS);
    }

    @Bean
    static ProcessVariables personalDataRetentionVariables() {
        return new ProcessVariables(Set.of("personal-data-retention"), Set.of(AnonymiseExpiredMessages.ANONYMISED));
    }
}
