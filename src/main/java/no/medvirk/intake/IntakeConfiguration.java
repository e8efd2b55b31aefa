package no.medvirk.intake;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * The public message card and the request for a dialogue meeting are the pages anyone may use without
 * logging in. Spring Security guards only them (a CSRF token in the session, safe headers); every other path matches no chain here and
 * keeps Camunda's and Medvirk's own filters.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({IntakeSettings.class, MailboxSettings.class})
class IntakeConfiguration {

    @Bean
    SecurityFilterChain publicMessageCard(HttpSecurity http) throws Exception {
        return http.securityMatcher(MessageCardController.PATH, MessageCardController.PATH + "/**",
                        MeetingRequestController.PATH, MeetingRequestController.PATH + "/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(Customizer.withDefaults())
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(
                                "default-src 'self'; style-src 'self'; form-action 'self'; frame-ancestors 'none'"))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER)))
                .build();
    }
}
