package no.medvirk.organisation;

import java.util.Map;
import org.camunda.bpm.engine.rest.hal.cache.DefaultHalResourceCache;
import org.camunda.bpm.engine.rest.hal.cache.HalRelationCacheBootstrap;
import org.camunda.bpm.engine.rest.hal.cache.HalRelationCacheConfiguration;
import org.camunda.bpm.engine.rest.hal.group.HalGroup;
import org.camunda.bpm.engine.rest.hal.processDefinition.HalProcessDefinition;
import org.camunda.bpm.engine.rest.hal.user.HalUser;
import org.springframework.stereotype.Component;

/**
 * Tasklist's task lists embed each task's assignee and process definition, and a task its candidate groups
 * (Camunda's HAL relations): without a cache the REST API looks them up again for every list, a checked query
 * each. Every Medvirk user may read every user, group and process definition (the grants of
 * {@link OrganisationSync}), so what one list looked up serves the next, whoever asks: a name changed in the
 * organisation file shows in the lists within five minutes; a definition never changes.
 */
@Component
class TasklistRelations {

    TasklistRelations() {
        var configuration = new HalRelationCacheConfiguration();
        configuration.setCacheImplementationClass(DefaultHalResourceCache.class);
        configuration.addCacheConfiguration(HalUser.class, Map.of("capacity", 2000, "secondsToLive", 300L));
        configuration.addCacheConfiguration(HalGroup.class, Map.of("capacity", 500, "secondsToLive", 300L));
        configuration.addCacheConfiguration(HalProcessDefinition.class, Map.of("capacity", 200, "secondsToLive", 3600L));
        new HalRelationCacheBootstrap().configureCaches(configuration);
    }
}
