package no.medvirk.operations;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MetricsSettings.class)
class OperationsConfiguration {

    @Bean
    RequestMetrics requestMetrics() {
        return new RequestMetrics();
    }
}
