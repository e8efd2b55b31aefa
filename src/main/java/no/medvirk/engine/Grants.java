package no.medvirk.engine;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.Arrays;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;

/** Idempotent grants: a group gets at least these permissions on a resource, once. */
public final class Grants {

    private Grants() {
    }

    public static void grant(AuthorizationService authorizations, String groupId, Resource resource, String resourceId,
                             Permission... permissions) {
        Authorization authorization = authorizations.createAuthorizationQuery()
                .authorizationType(AUTH_TYPE_GRANT).groupIdIn(groupId)
                .resourceType(resource).resourceId(resourceId).singleResult();
        if (authorization == null) {
            authorization = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
            authorization.setGroupId(groupId);
            authorization.setResource(resource);
            authorization.setResourceId(resourceId);
        } else if (Set.of(authorization.getPermissions(permissions)).containsAll(Arrays.asList(permissions))) {
            return;
        }
        // Added to what the group has already (another grant on the same resource), never in its place.
        for (Permission permission : permissions) {
            authorization.addPermission(permission);
        }
        authorizations.saveAuthorization(authorization);
    }
}
