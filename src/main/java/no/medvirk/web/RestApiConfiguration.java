package no.medvirk.web;

import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What Camunda's REST API (and Tasklist's, where it says so) runs with besides its security
 * ({@link WebSecurityConfiguration}): its refusals as 4xx in Norwegian, and the lookups its resources
 * would otherwise repeat for every request.
 */
@Configuration(proxyBeanMethods = false)
class RestApiConfiguration {

    /** Refusals of the caller's request answered as such by Camunda's REST API, not as 500. */
    @Bean
    ResourceConfigCustomizer restRefusals() {
        return RestRefusals::register;
    }

    /** One ObjectMapper for Camunda's REST API rather than a new one for each resource and body. */
    @Bean
    ResourceConfigCustomizer oneObjectMapper() {
        return OneObjectMapper::register;
    }

    /** Around the engine's REST API and Tasklist's: the services files their resources look for read once. */
    @Bean
    FilterRegistrationBean<ServiceFilesOnce> serviceFilesOnce() {
        var registration = new FilterRegistrationBean<>(new ServiceFilesOnce());
        registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*");
        registration.setOrder(1);
        return registration;
    }

    /** Around the engine's REST API and Tasklist's: refusals as their Norwegian sentence alone. */
    @Bean
    FilterRegistrationBean<RefusalWording> refusalWording() {
        var registration = new FilterRegistrationBean<>(new RefusalWording());
        registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
        registration.setOrder(5);
        return registration;
    }
}
