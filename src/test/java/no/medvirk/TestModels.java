package no.medvirk;

import java.util.Set;
import no.medvirk.engine.ProcessVariables;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** What the tests' own models are started with (UnitTasks, the deployment and organisation tests), for the model check. */
@TestConfiguration(proxyBeanMethods = false)
public class TestModels {

    @Bean
    static ProcessVariables unitTaskVariables() {
        return new ProcessVariables(Set.of("test-unit-task", "test-a", "test-b", "test-broken", "test-modeler"),
                Set.of("unitCode", "due"));
    }

    @Bean
    static ProcessVariables assignedCallVariables() {
        return new ProcessVariables(Set.of("test-assigned-call"), Set.of("caseworker"));
    }
}
