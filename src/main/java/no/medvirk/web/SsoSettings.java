package no.medvirk.web;

import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * Single sign-on through the municipality's OpenID Connect provider (Entra ID, Keycloak, ADFS). It is on
 * when {@code medvirk.sso.issuer-uri} is set, or when Spring's own client registration
 * ({@code spring.security.oauth2.client.registration.*}) is, for a provider that needs more than these.
 *
 * @param issuerUri the provider's issuer; its discovery document names everything else
 * @param clientId Medvirk's client id at the provider
 * @param clientSecret Medvirk's client secret ({@code MEDVIRK_SSO_CLIENT_SECRET})
 * @param scopes what the login asks for
 * @param loginClaim the token's claim that names the person: a person's {@code login} in the organisation file, or
 *        their {@code email}
 * @param groupClaims the token's claims that list the person's (or machine client's) groups and app roles
 * @param audience what a bearer token's {@code aud} must hold; none: the client id
 */
@ConfigurationProperties(prefix = "medvirk.sso")
public record SsoSettings(String issuerUri, String clientId, String clientSecret,
                          @DefaultValue({"openid", "profile", "email"}) List<String> scopes,
                          @DefaultValue("preferred_username") String loginClaim,
                          @DefaultValue({"groups", "roles"}) List<String> groupClaims,
                          String audience) {

    public static boolean enabled(Environment environment) {
        return StringUtils.hasText(environment.getProperty("medvirk.sso.issuer-uri"))
                || !Binder.get(environment).bind("spring.security.oauth2.client.registration",
                        Bindable.mapOf(String.class, Object.class)).orElse(Map.of()).isEmpty();
    }

    /** Where a browser starts its login: Spring Security's redirect to the provider for the one registration. */
    static String loginPath(Environment environment) {
        String registration = StringUtils.hasText(environment.getProperty("medvirk.sso.issuer-uri")) ? "medvirk"
                : Binder.get(environment).bind("spring.security.oauth2.client.registration",
                        Bindable.mapOf(String.class, Object.class)).orElse(Map.of()).keySet().iterator().next();
        return "/oauth2/authorization/" + registration;
    }

    public String expectedAudience() {
        return StringUtils.hasText(audience) ? audience : clientId;
    }
}
