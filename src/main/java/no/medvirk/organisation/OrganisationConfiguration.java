package no.medvirk.organisation;

import java.util.List;
import java.util.Set;
import no.medvirk.engine.KnownGroups;
import no.medvirk.web.SsoSettings;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.io.Resource;
import org.springframework.transaction.support.TransactionTemplate;

@Configuration(proxyBeanMethods = false)
class OrganisationConfiguration {

    @Bean
    Organisation organisation(@Value("${medvirk.organisation}") Resource file,
                              @Value("${medvirk.admin-password:}") String adminPassword, Environment environment) {
        Organisation organisation = OrganisationFile.read(file);
        // With single sign-on the administrators log in at the identity provider, without a password here.
        if (!organisation.demo() && adminPassword.isBlank() && !SsoSettings.enabled(environment)) {
            throw new InvalidOrganisationException(file.getDescription(), List.of(
                    "MEDVIRK_ADMIN_PASSWORD is not set: outside the demo organisation the administrators' "
                            + "password must come from the environment"));
        }
        return organisation;
    }

    @Bean
    OrphanedTasks orphanedTasks(TaskService taskService, RuntimeService runtimeService, RepositoryService repositoryService) {
        return new OrphanedTasks(taskService, runtimeService, repositoryService);
    }

    @Bean
    KnownGroups knownGroups(Organisation organisation) {
        Set<String> groups = OrganisationSync.groupsOf(organisation).keySet();
        return new KnownGroups() {
            @Override
            public boolean contains(String groupId) {
                return groups.contains(groupId);
            }

            @Override
            public boolean hasUnit(String unitCode) {
                return organisation.unit(unitCode).isPresent();
            }
        };
    }

    /** Syncs before the web server opens, so that nobody logs in to a half-made organisation. */
    @Bean
    SmartInitializingSingleton organisationSyncAtStart(Organisation organisation,
                                                       @Value("${medvirk.admin-password:}") String adminPassword,
                                                       IdentityService identityService,
                                                       AuthorizationService authorizationService,
                                                       FilterService filterService, TaskService taskService,
                                                       OrphanedTasks orphanedTasks, UnitRecords units,
                                                       TransactionTemplate transactionTemplate, Environment environment) {
        var camunda = new OrganisationSync(identityService, authorizationService, orphanedTasks);
        var filters = new TasklistFilters(filterService, taskService);
        var unitTable = new UnitTableSync(units);
        boolean membershipsFromLogin = SsoSettings.enabled(environment);
        return () -> transactionTemplate.executeWithoutResult(status -> {
            camunda.sync(organisation, organisation.demo() ? null : adminPassword, filters.sync(), membershipsFromLogin);
            unitTable.sync(organisation);
        });
    }
}
