package no.medvirk.engine;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.CompositePermissionCheck;
import org.camunda.bpm.engine.impl.db.PermissionCheck;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engine's authorization checks, less one query. Before its first check in a command the engine reads
 * every group that has an authorization ({@code select distinct GROUP_ID_ from ACT_RU_AUTHORIZATION}), to
 * leave the caller's other groups out of the checks. The engine gives each task's candidate groups and
 * assignee an authorization, so that reads the whole table's group index: 165,000 rows at 100,000 open
 * tasks, in each of the several commands behind every Tasklist request. A group without authorizations
 * matches none in a check, so checking with all the caller's groups gives the same answers.
 *
 * <p>Less another: Medvirk only grants, so the engine is told not to look for revokes
 * ({@code authorizationCheckRevokes: never}) instead of asking the database before every command whether the
 * caller has any (a query per command, 16 for each message case). A revoke is therefore refused when saved, with
 * a reason the administrator can act on; one already in the database when the engine starts (from before, or
 * written there by hand) turns the search back on, so that it still counts.
 *
 * <p>And a command's own check ("may kari work on this task?") answered from the caller's grants on the checked
 * resources, read with one plain select, instead of the engine's statement: MyBatis builds that one anew with
 * OGNL for every check (a CASE of twelve sub-selects per permission, four permissions for a task's work), which
 * was a tenth of Medvirk's CPU in a message case. Without revokes the engine's statement answers yes when one
 * grant covers a permission (all of them, for a conjunctive check): a grant (type 1) to the user or to one of
 * their groups, or a global one (type 0, user {@code *}), on the resource's type, with every bit of the
 * permission, for the checked resource id or for {@code *}. Anything else (revokes searched for, checks nested
 * in checks, checks of a query's column) goes to the engine's statement.
 */
final class AuthorizationChecks extends AuthorizationManager {

    private static final Logger log = LoggerFactory.getLogger(AuthorizationChecks.class);

    static final String REVOKES_REFUSED = "Medvirk bruker ikke «Deny» (revoke) i autorisasjoner: fjern heller tilgangen"
            + " (slett autorisasjonen som gir den), eller gi den bare til gruppene som skal ha den.";

    /** Before the engine is built: revokes are not searched for. */
    static void skipRevokes(ProcessEngineConfigurationImpl configuration) {
        configuration.setAuthorizationCheckRevokes(ProcessEngineConfiguration.AUTHORIZATION_CHECK_REVOKE_NEVER);
    }

    /** Once the engine runs: revokes already in the database are searched for again, so that they still apply. */
    static void checkRevokesIfAny(ProcessEngine engine) {
        long revokes = engine.getAuthorizationService().createAuthorizationQuery()
                .authorizationType(Authorization.AUTH_TYPE_REVOKE).count();
        if (revokes > 0) {
            log.warn("{} revoke authorizations in the database: every command searches for the caller's revokes"
                    + " again. Medvirk refuses new ones; replace these by removing the grants they take back.", revokes);
            engine.getProcessEngineConfiguration()
                    .setAuthorizationCheckRevokes(ProcessEngineConfiguration.AUTHORIZATION_CHECK_REVOKE_AUTO);
        }
    }

    @Override
    public void validateResourceCompatibility(AuthorizationEntity authorization) {
        if (authorization.getAuthorizationType() == Authorization.AUTH_TYPE_REVOKE) {
            throw new BadUserRequestException(REVOKES_REFUSED);
        }
        super.validateResourceCompatibility(authorization);
    }

    @Override
    public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
        if (authenticatedGroupIds == null || authenticatedGroupIds.isEmpty()) {
            return EMPTY_LIST;
        }
        // An ArrayList, as the engine's: MyBatis reads the list by reflection, which JDK-internal lists refuse.
        return authenticatedGroupIds.stream().filter(Objects::nonNull).distinct()
                .collect(Collectors.toCollection(ArrayList::new));
    }

    @Override
    public boolean isAuthorized(String userId, List<String> groupIds, PermissionCheck check) {
        if (!isAuthorizationEnabled()) {
            return true;
        }
        return isAuthorized(userId, groupIds, createCompositePermissionCheck(check));
    }

    @Override
    public boolean isAuthorized(String userId, List<String> groupIds, CompositePermissionCheck check) {
        List<PermissionCheck> checks = check.getAtomicChecks();
        if (checks.isEmpty() || !check.getCompositeChecks().isEmpty() || isRevokeAuthCheckEnabled(userId, groupIds)
                || checks.stream().anyMatch(c -> c.getResourceIdQueryParam() != null
                        || c.getAuthorizationNotFoundReturnValue() != null)) {
            return super.isAuthorized(userId, groupIds, check);
        }
        for (PermissionCheck permissionCheck : checks) {
            if (!isResourceValidForPermission(permissionCheck)) {
                throw LOG.invalidResourceForPermission(permissionCheck.getResource().resourceName(),
                        permissionCheck.getPermission().getName());
            }
        }
        List<String> groups = filterAuthenticatedGroupIds(groupIds);
        List<Grant> grants = grants(userId, groups, checks);
        Predicate<PermissionCheck> granted = c -> grants.stream().anyMatch(g -> g.covers(c, userId, groups));
        return check.isDisjunctive() ? checks.stream().anyMatch(granted) : checks.stream().allMatch(granted);
    }

    /** The grants to the user, their groups or everyone on the checked resources' types and ids (or {@code *}). */
    private List<Grant> grants(String userId, List<String> groups, List<PermissionCheck> checks) {
        Set<Integer> types = new LinkedHashSet<>();
        Set<String> ids = new LinkedHashSet<>();
        ids.add(Authorization.ANY);
        for (PermissionCheck check : checks) {
            types.add(check.getResourceType());
            if (check.getResourceId() != null) {
                ids.add(check.getResourceId());
            }
        }
        List<String> names = new ArrayList<>(ids);
        names.add(userId);
        names.addAll(groups);
        String sql = "select TYPE_, USER_ID_, GROUP_ID_, RESOURCE_TYPE_, RESOURCE_ID_, PERMS_ from "
                + Context.getProcessEngineConfiguration().getDatabaseTablePrefix() + "ACT_RU_AUTHORIZATION"
                + " where TYPE_ in (0, 1) and RESOURCE_TYPE_ in (" + marks(types.size()) + ")"
                + " and RESOURCE_ID_ in (" + marks(ids.size()) + ") and (USER_ID_ in (?, '*')"
                + (groups.isEmpty() ? "" : " or GROUP_ID_ in (" + marks(groups.size()) + ")") + ")";
        // The engine's own connection, so the check sees what this command's transaction has written.
        Connection connection = getDbSqlSession().getSqlSession().getConnection();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            int index = 1;
            for (int type : types) {
                statement.setInt(index++, type);
            }
            for (String name : names) {
                statement.setString(index++, name);
            }
            List<Grant> grants = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    grants.add(new Grant(rows.getInt(1), rows.getString(2), rows.getString(3), rows.getInt(4),
                            rows.getString(5), rows.getInt(6)));
                }
            }
            return grants;
        } catch (SQLException e) {
            throw new ProcessEngineException("Could not read the caller's authorizations: " + e.getMessage(), e);
        }
    }

    private static String marks(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }

    /** A row of {@code ACT_RU_AUTHORIZATION} that grants (type 1) or grants to everyone (type 0). */
    private record Grant(int type, String userId, String groupId, int resourceType, String resourceId, int permissions) {

        boolean covers(PermissionCheck check, String caller, List<String> callerGroups) {
            return resourceType == check.getResourceType()
                    && (permissions & check.getPerms()) == check.getPerms()
                    && (Authorization.ANY.equals(resourceId) || resourceId.equals(check.getResourceId()))
                    && (type == Authorization.AUTH_TYPE_GLOBAL ? Authorization.ANY.equals(userId)
                            : userId != null ? userId.equals(caller) : callerGroups.contains(groupId));
        }
    }

    /** Opens this manager wherever the engine asks for its {@link AuthorizationManager}. */
    static final class Factory implements SessionFactory {

        @Override
        public Class<?> getSessionType() {
            return AuthorizationManager.class;
        }

        @Override
        public Session openSession() {
            return new AuthorizationChecks();
        }
    }
}
