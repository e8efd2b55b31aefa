package no.medvirk.intake;

import no.medvirk.message.MapSettings;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The public message card and the request for a dialogue meeting are the pages anyone may use without
 * logging in. Spring Security guards only them (a CSRF token in the session, safe headers); every other path matches no chain here and
 * keeps Camunda's and Medvirk's own filters.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({IntakeSettings.class, MailboxSettings.class})
class IntakeConfiguration {

    /** The version of org.webjars.npm:leaflet in pom.xml (MessageCardTests loads the script through it). */
    static final String LEAFLET_VERSION = "1.9.4";

    /** Leaflet for the card's map, from its WebJar, under the card's own path (and its security chain). */
    @Bean
    WebMvcConfigurer leafletForTheCard() {
        return new WebMvcConfigurer() {
            @Override
            public void addResourceHandlers(ResourceHandlerRegistry registry) {
                registry.addResourceHandler(MessageCardController.PATH + "/leaflet/**")
                        .addResourceLocations("classpath:/META-INF/resources/webjars/leaflet/" + LEAFLET_VERSION + "/dist/");
            }
        };
    }

    @Bean
    SecurityFilterChain publicMessageCard(HttpSecurity http, MapSettings map) throws Exception {
        // The map's tiles come from the configured tile server; nothing else leaves Medvirk's own origin.
        String images = map.hasTiles() ? "img-src 'self' data: " + map.tilesOrigin() + "; " : "";
        return http.securityMatcher(MessageCardController.PATH, MessageCardController.PATH + "/**",
                        MeetingRequestController.PATH, MeetingRequestController.PATH + "/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(Customizer.withDefaults())
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(
                                "default-src 'self'; " + images + "style-src 'self'; form-action 'self'; frame-ancestors 'none'"))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER)))
                .build();
    }
}
