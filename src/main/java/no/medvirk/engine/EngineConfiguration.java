package no.medvirk.engine;

import java.time.Clock;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class EngineConfiguration {

    @Bean
    Clock clock() {
        return new EngineClock();
    }

    @Bean
    ResourceConfigCustomizer restRefusals() {
        return RestRefusals::register;
    }
}
