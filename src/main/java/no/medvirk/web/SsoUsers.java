package no.medvirk.web;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * Who a token from the identity provider is in Medvirk: the organisation says (it knows the people and
 * which of the provider's groups are which of Medvirk's); this package only asks.
 */
public interface SsoUsers {

    /**
     * A person logging in: their Camunda user id and groups, their memberships brought in line with the
     * token; null when the token is no one in the organisation file.
     */
    SsoUser login(Map<String, Object> claims);

    /**
     * A bearer token on the APIs: a person of the file, or a machine client (client credentials) with the
     * groups its token's roles give it; null when it is neither.
     */
    SsoUser bearer(Map<String, Object> claims);

    /** A caller as the engine knows them. */
    record SsoUser(String id, List<String> groups) implements Serializable {

        public SsoUser {
            groups = List.copyOf(groups);
        }
    }
}
