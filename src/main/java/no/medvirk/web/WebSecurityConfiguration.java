package no.medvirk.web;

import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.security.config.web.PathPatternRequestMatcherBuilderFactoryBean;

/**
 * Authentication for the engine's REST API and Medvirk's own {@code /api}, and closes what Camunda
 * 7.24 CE leaves open: the REST API without authentication, the admin setup
 * endpoint, cookies without {@code Secure} over HTTPS, and forwarded headers believed from anyone on
 * a private network. Expressions in task queries are refused by the engine itself, whatever the route
 * (engine.QueryExpressionCheck and engine.ExpressionSandbox); the rest (query limit, password policy,
 * deserialization checks) is engine configuration in application.yml.
 */
@Configuration(proxyBeanMethods = false)
class WebSecurityConfiguration {

    private static final String METRICS = "/actuator/prometheus";

    /** Security chains' paths matched as written, not by asking Spring MVC which handler would take them. */
    @Bean
    static PathPatternRequestMatcherBuilderFactoryBean pathsAsWritten() {
        return new PathPatternRequestMatcherBuilderFactoryBean();
    }

    /** Spring Security's filter chain without a Spring MVC handler lookup for every request in front of it. */
    @Bean
    static SecurityChainsAsWritten securityChainsAsWritten() {
        return new SecurityChainsAsWritten();
    }

    /** Before anything that parses the path. */
    @Bean
    FilterRegistrationBean<DoubleSlashFilter> doubleSlashFilter() {
        var registration = new FilterRegistrationBean<>(new DoubleSlashFilter());
        registration.addUrlPatterns("/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    TrustedProxies trustedProxies(Environment environment) {
        return new TrustedProxies(Binder.get(environment).bind("medvirk.trusted-proxies", Bindable.listOf(String.class))
                .orElse(List.of()));
    }

    /** Runs before Camunda's own webapp filters, which add the CSRF cookie. */
    @Bean
    FilterRegistrationBean<SecureCookieFilter> secureCookieFilter() {
        var registration = new FilterRegistrationBean<>(new SecureCookieFilter());
        registration.addUrlPatterns("/*");
        registration.setOrder(0);
        return registration;
    }

    @Bean
    BasicLogins basicLogins() {
        return new BasicLogins();
    }

    /** HTTP Basic against Medvirk's users, each login remembered for a while; with single sign-on a bearer token instead. */
    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> restAuthenticationFilter(Environment environment,
                                                                                       BasicLogins basicLogins) {
        var registration = new FilterRegistrationBean<>(SsoSettings.enabled(environment)
                ? new ProcessEngineAuthenticationFilter() : basicLogins.filter());
        registration.addUrlPatterns("/engine-rest/*");
        registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
                (SsoSettings.enabled(environment) ? SsoRestAuthentication.class : HttpBasicAuthenticationProvider.class)
                        .getName());
        registration.setOrder(10);
        return registration;
    }

    @Bean
    FilterRegistrationBean<ApiAuthentication> apiAuthentication(IdentityService identityService, Environment environment) {
        var registration = new FilterRegistrationBean<>(new ApiAuthentication(identityService, Set.of("/rapport/vurdering"),
                Set.of("/sak", "/rapport", "/saker"), SsoSettings.enabled(environment) ? SsoSettings.loginPath(environment) : null));
        // /sak: the read-only case pages that task forms, task cards and due lists link to; /rapport: the statistics
        // page; /saker: the search for cases; the metrics, for administrators (on a separate management port these
        // filters do not run).
        registration.addUrlPatterns("/api/*", "/sak/*", "/rapport", "/rapport/vurdering", "/saker", "/saker/*", METRICS);
        registration.setOrder(10);
        return registration;
    }

    @Bean
    FilterRegistrationBean<AdministratorsOnly> metricsForAdministrators(IdentityService identityService) {
        var registration = new FilterRegistrationBean<>(new AdministratorsOnly(identityService));
        registration.addUrlPatterns(METRICS);
        registration.setOrder(11);
        return registration;
    }

    @Bean
    FilterRegistrationBean<AdminSetupGuard> adminSetupGuard(IdentityService identityService) {
        var registration = new FilterRegistrationBean<>(new AdminSetupGuard(identityService));
        registration.addUrlPatterns("/camunda/api/admin/setup/*");
        registration.setOrder(20);
        return registration;
    }
}
