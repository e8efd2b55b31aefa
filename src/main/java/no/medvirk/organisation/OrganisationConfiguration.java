package no.medvirk.organisation;

import java.util.List;
import no.medvirk.engine.KnownGroups;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.transaction.support.TransactionTemplate;

@Configuration(proxyBeanMethods = false)
class OrganisationConfiguration {

    @Bean
    Organisation organisation(@Value("${medvirk.organisation}") Resource file,
                              @Value("${medvirk.admin-password:}") String adminPassword) {
        Organisation organisation = OrganisationFile.read(file);
        if (!organisation.demo() && adminPassword.isBlank()) {
            throw new InvalidOrganisationException(file.getDescription(), List.of(
                    "MEDVIRK_ADMIN_PASSWORD is not set: outside the demo organisation the administrators' "
                            + "password must come from the environment"));
        }
        return organisation;
    }

    @Bean
    KnownGroups knownGroups(Organisation organisation) {
        return OrganisationSync.groupsOf(organisation)::containsKey;
    }

    /** Syncs before the web server opens, so that nobody logs in to a half-made organisation. */
    @Bean
    SmartInitializingSingleton organisationSyncAtStart(Organisation organisation,
                                                       @Value("${medvirk.admin-password:}") String adminPassword,
                                                       IdentityService identityService,
                                                       AuthorizationService authorizationService,
                                                       FilterService filterService, TaskService taskService,
                                                       UnitRecords units, TransactionTemplate transactionTemplate) {
        var camunda = new OrganisationSync(identityService, authorizationService);
        var filters = new TasklistFilters(filterService, taskService);
        var unitTable = new UnitTableSync(units);
        return () -> transactionTemplate.executeWithoutResult(status -> {
            camunda.sync(organisation, organisation.demo() ? null : adminPassword, filters.sync());
            unitTable.sync(organisation);
        });
    }
}
