package no.medvirk.web;

import jakarta.servlet.DispatcherType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.autoconfigure.security.oauth2.client.OAuth2ClientProperties;
import org.springframework.boot.autoconfigure.security.oauth2.client.OAuth2ClientPropertiesMapper;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoders;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.util.StringUtils;
import org.springframework.util.function.SingletonSupplier;

/**
 * Single sign-on (medvirk.sso.*): Spring Security's OpenID Connect login for the people using
 * Tasklist, Cockpit, Admin and Medvirk's pages, fed into Camunda's container-based authentication so
 * that the engine sees the person and the groups of their token; bearer tokens for machine clients on
 * {@code /api} and {@code /engine-rest}; logging out ends the session here and at the provider.
 * Camunda's password login and HTTP Basic are then closed. Off by default, so the demo keeps its logins.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(SsoEnabled.class)
@EnableConfigurationProperties({SsoSettings.class, OAuth2ClientProperties.class})
class SsoConfiguration {

    static final String REFUSED = "/innlogging/avvist";
    static final String FAILED = "/innlogging/feil";
    private static final String UNKNOWN_PERSON = "medvirk_unknown_person";
    private static final Logger log = LoggerFactory.getLogger(SsoConfiguration.class);

    /**
     * Medvirk's registration at the provider, from medvirk.sso.* or Spring's own properties. The
     * provider's discovery document is read at the first login, not at start, so Medvirk starts while
     * the provider is away.
     */
    @Bean
    ClientRegistrationRepository clientRegistrations(SsoSettings settings, OAuth2ClientProperties spring) {
        Supplier<List<ClientRegistration>> registrations = StringUtils.hasText(settings.issuerUri())
                ? () -> List.of(ClientRegistrations.fromIssuerLocation(settings.issuerUri()).registrationId("medvirk")
                        .clientId(settings.clientId()).clientSecret(settings.clientSecret())
                        .scope(settings.scopes()).build())
                : () -> new ArrayList<>(new OAuth2ClientPropertiesMapper(spring).asClientRegistrations().values());
        return new LazyRegistrations(SingletonSupplier.of(registrations));
    }

    /** Bearer tokens: signed by the provider, for Medvirk (the audience), in date. */
    @Bean
    JwtDecoder bearerTokens(SsoSettings settings, ClientRegistrationRepository registrations) {
        return new SupplierJwtDecoder(() -> {
            String issuer = StringUtils.hasText(settings.issuerUri()) ? settings.issuerUri()
                    : ((LazyRegistrations) registrations).first().getProviderDetails().getIssuerUri();
            String audience = StringUtils.hasText(settings.expectedAudience()) ? settings.expectedAudience()
                    : ((LazyRegistrations) registrations).first().getClientId();
            NimbusJwtDecoder decoder = (NimbusJwtDecoder) JwtDecoders.fromIssuerLocation(issuer);
            decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefaultWithIssuer(issuer),
                    jwt -> jwt.getAudience() != null && jwt.getAudience().contains(audience)
                            ? OAuth2TokenValidatorResult.success()
                            : OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token",
                                    "The token is not for Medvirk (aud)", null))));
            return decoder;
        });
    }

    @Bean
    @Order(1)
    SecurityFilterChain singleSignOn(HttpSecurity http, SsoUsers users, ClientRegistrationRepository registrations,
                                     JwtDecoder bearerTokens, Environment environment) throws Exception {
        OidcUserService provider = new OidcUserService();
        var logout = new OidcClientInitiatedLogoutSuccessHandler(registrations);
        logout.setPostLogoutRedirectUri("{baseUrl}/");
        // Paths matched as written, not as Spring MVC's: the engine's REST API and the webapps' API are other servlets.
        var path = PathPatternRequestMatcher.withDefaults();
        return http.securityMatcher(new OrRequestMatcher(Stream.of("/camunda/**", "/oauth2/**", "/login/oauth2/**",
                        "/logout", "/api/**", "/engine-rest/**", "/actuator/prometheus").<RequestMatcher>map(path::matcher).toList()))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(path.matcher("/camunda/**")).authenticated()
                        // Medvirk's ApiAuthentication and Camunda's filter decide who may, as without single sign-on.
                        .anyRequest().permitAll())
                .oauth2Login(login -> login
                        // Straight to the provider (no page of choices), and no discovery while the chain is built.
                        .loginPage(SsoSettings.loginPath(environment))
                        .userInfoEndpoint(userInfo -> userInfo.oidcUserService(request -> {
                            var person = provider.loadUser(request);
                            SsoUsers.SsoUser user = users.login(person.getClaims());
                            if (user == null) {
                                // Who it was is personal data: the log says only that it happened.
                                log.warn("A login through single sign-on was refused: the person is not in the organisation file");
                                throw new OAuth2AuthenticationException(new OAuth2Error(UNKNOWN_PERSON));
                            }
                            return new SsoLogin(person, user);
                        }))
                        .failureHandler((request, response, e) -> response.sendRedirect(request.getContextPath()
                                + (e instanceof OAuth2AuthenticationException o
                                        && UNKNOWN_PERSON.equals(o.getError().getErrorCode()) ? REFUSED : FAILED))))
                .oauth2ResourceServer(server -> server.jwt(jwt -> jwt.decoder(bearerTokens).jwtAuthenticationConverter(token -> {
                    SsoUsers.SsoUser user = users.bearer(token.getClaims());
                    if (user == null) {
                        throw new InvalidBearerTokenException("The token gives no role in Medvirk");
                    }
                    return new SsoBearer(token, user);
                })))
                .logout(out -> out.logoutRequestMatcher(path.matcher("/logout")).logoutSuccessHandler(logout))
                // A page of the webapps sends the browser to log in, whatever it accepts; their API answers 401.
                .exceptionHandling(errors -> errors
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint(
                                SsoSettings.loginPath(environment)), path.matcher("/camunda/app/**"))
                        .defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED),
                                path.matcher("/camunda/api/**")))
                // Camunda's webapps bring their own CSRF filter; the APIs take bearer tokens; Medvirk's session forms
                // (the report's assessment) are guarded by their own chain.
                .csrf(AbstractHttpConfigurer::disable)
                // Camunda's webapps set their own caching of their scripts and styles.
                .headers(headers -> headers.cacheControl(cache -> cache.disable()))
                .build();
    }

    /** After Spring Security's chain: the logged-in person becomes the webapps' user, with their groups. */
    @Bean
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> webappSingleSignOn() {
        var registration = new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
        registration.setInitParameters(Map.of(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
                SsoWebappAuthentication.class.getName()));
        registration.addUrlPatterns("/camunda/app/*", "/camunda/api/*");
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 1);
        return registration;
    }

    @Bean
    FilterRegistrationBean<PasswordLoginRefused> passwordLoginRefused() {
        var registration = new FilterRegistrationBean<>(new PasswordLoginRefused());
        registration.addUrlPatterns("/camunda/api/admin/auth/user/*");
        registration.setOrder(20);
        return registration;
    }

    /** The registrations, read once when first needed. */
    static final class LazyRegistrations implements ClientRegistrationRepository {

        private final Supplier<List<ClientRegistration>> registrations;

        LazyRegistrations(Supplier<List<ClientRegistration>> registrations) {
            this.registrations = registrations;
        }

        @Override
        public ClientRegistration findByRegistrationId(String registrationId) {
            return registrations.get().stream().filter(r -> r.getRegistrationId().equals(registrationId)).findFirst()
                    .orElse(null);
        }

        ClientRegistration first() {
            return registrations.get().get(0);
        }
    }
}
