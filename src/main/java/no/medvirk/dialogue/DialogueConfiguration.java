package no.medvirk.dialogue;

import java.util.Set;
import no.medvirk.engine.Grants;
import no.medvirk.engine.ProcessVariables;
import no.medvirk.organisation.OrganisationGroups;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class DialogueConfiguration {

    /**
     * The dialogue processes hold no personal data, only ids, dates and the meeting's name: everyone
     * may read their variables, so that Tasklist's filters name the meeting on the tasks of the
     * leaders, coordinators and units who work on them.
     */
    @Bean
    SmartInitializingSingleton everyoneReadsTheDialogueProcesses(AuthorizationService authorizations) {
        return () -> {
            for (String process : new String[] {DialogueVariables.CYCLE, DialogueVariables.MEETING}) {
                Grants.grant(authorizations, OrganisationGroups.ALL_USERS, Resources.PROCESS_DEFINITION, process,
                        ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.READ_INSTANCE);
            }
        };
    }

    /**
     * Until issue 19 every user could start a request for a meeting (over REST too); now the
     * secretariat registers requests that come by other ways, and anyone else asks on /dialogmote.
     * Grants follow the models' starter groups but are never taken back, so the old one goes here.
     */
    @Bean
    SmartInitializingSingleton onlyTheSecretariatStartsRequests(AuthorizationService authorizations) {
        return () -> authorizations.createAuthorizationQuery().groupIdIn(OrganisationGroups.ALL_USERS)
                .resourceType(Resources.PROCESS_DEFINITION).resourceId(DialogueVariables.REQUEST).list()
                .forEach(a -> authorizations.deleteAuthorization(a.getId()));
    }

    @Bean
    static ProcessVariables dialogueVariables() {
        return new ProcessVariables(Set.of(DialogueVariables.CYCLE, DialogueVariables.MEETING, DialogueVariables.REQUEST,
                DialogueVariables.YEARLY, DialogueVariables.OVERVIEW),
                DialogueVariables.SET_BY_STEPS);
    }
}
