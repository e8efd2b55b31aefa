package no.medvirk.duelist;

import java.util.Set;
import no.medvirk.engine.ProcessVariables;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class DueListConfiguration {

    @Bean
    static ProcessVariables weeklyDueListsVariables() {
        return new ProcessVariables(Set.of(DueListVariables.PROCESS), DueListVariables.SET_BY_STEPS);
    }
}
