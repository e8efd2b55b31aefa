package no.medvirk.report;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * The report page's form (the yearly assessment) is posted with the Tasklist session, so Spring
 * Security checks its CSRF token; who the user is, is still decided by Medvirk's own API filter.
 * The charts are SVG images inlined as data: URLs, so no script runs on the page at all.
 */
@Configuration(proxyBeanMethods = false)
class ReportConfiguration {

    @Bean
    SecurityFilterChain reportPageSecurity(HttpSecurity http) throws Exception {
        return http.securityMatcher("/rapport", "/rapport/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(Customizer.withDefaults())
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'self'; img-src 'self' data:; "
                                + "style-src 'self'; form-action 'self'; frame-ancestors 'none'"))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER)))
                .build();
    }
}
