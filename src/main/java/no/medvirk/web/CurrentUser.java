package no.medvirk.web;

import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** The caller of Medvirk's API and pages: the engine's current authentication, which {@code ApiAuthentication} set. */
public final class CurrentUser {

    private CurrentUser() {
    }

    /** The caller's groups; none when no one is logged in. */
    public static List<String> groups(IdentityService identityService) {
        Authentication user = identityService.getCurrentAuthentication();
        return user == null || user.getGroupIds() == null ? List.of() : user.getGroupIds();
    }

    /** @throws ResponseStatusException 403 with this reason unless the caller is in one of the groups */
    public static void requireAnyOf(IdentityService identityService, String refusal, String... groups) {
        List<String> mine = groups(identityService);
        if (Arrays.stream(groups).noneMatch(mine::contains)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, refusal);
        }
    }
}
