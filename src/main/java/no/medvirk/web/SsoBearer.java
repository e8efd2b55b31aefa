package no.medvirk.web;

import no.medvirk.web.SsoUsers.SsoUser;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;

/** A machine client or person calling the APIs with a bearer token the provider signed for Medvirk. */
final class SsoBearer extends AbstractAuthenticationToken {

    private final transient Jwt token;
    private final SsoUser user;

    SsoBearer(Jwt token, SsoUser user) {
        super(SsoLogin.authorities(user.groups()));
        this.token = token;
        this.user = user;
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return token;
    }

    @Override
    public Object getPrincipal() {
        return user;
    }

    @Override
    public String getName() {
        return user.id();
    }

    SsoUser user() {
        return user;
    }
}
