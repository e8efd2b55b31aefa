package no.medvirk.web;

import java.util.Collection;
import java.util.List;
import no.medvirk.web.SsoUsers.SsoUser;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * A person logged in through the identity provider, as Medvirk knows them: named by their Camunda user
 * id, with the groups their token gave them at this login. Kept in the session; the token's own claims
 * stay for logging out at the provider (the ID token is its hint).
 */
final class SsoLogin extends DefaultOidcUser {

    private final SsoUser user;

    SsoLogin(OidcUser login, SsoUser user) {
        super(authorities(user.groups()), login.getIdToken(), login.getUserInfo());
        this.user = user;
    }

    @Override
    public String getName() {
        return user.id();
    }

    SsoUser user() {
        return user;
    }

    static Collection<GrantedAuthority> authorities(List<String> groups) {
        return groups.stream().<GrantedAuthority>map(g -> new SimpleGrantedAuthority("GROUP_" + g)).toList();
    }
}
