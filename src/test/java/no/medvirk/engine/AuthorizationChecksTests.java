package no.medvirk.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import no.medvirk.MedvirkTest;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.CompositePermissionCheck;
import org.camunda.bpm.engine.impl.db.PermissionCheck;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The running engine checks with all the caller's groups, without first reading which groups have authorizations,
 * and without searching for revokes, which it refuses; and answers a command's check as the engine's statement does.
 */
@MedvirkTest
class AuthorizationChecksTests {

    @Autowired
    ProcessEngine engine;

    @Test
    void shouldCheckWithEveryGroupOfTheCallerAsGiven() {
        List<String> checked = configuration().getCommandExecutorTxRequired().execute(context -> context.getAuthorizationManager()
                        .filterAuthenticatedGroupIds(Arrays.asList("group-without-authorizations", "unit-vei", null,
                                "unit-vei")));

        // The engine's own manager would have left out the group that has no authorization in the database.
        assertThat(checked).containsExactly("group-without-authorizations", "unit-vei");
    }

    @Test
    void shouldRefuseRevokesAndNotSearchForThem() {
        AuthorizationService authorizations = engine.getAuthorizationService();
        Authorization revoke = onTheLifecycle(authorizations.createNewAuthorization(Authorization.AUTH_TYPE_REVOKE));
        revoke.setUserId("kari");

        assertThatThrownBy(() -> authorizations.saveAuthorization(revoke))
                .isInstanceOf(BadUserRequestException.class).hasMessage(AuthorizationChecks.REVOKES_REFUSED);
        assertThat(authorizations.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_REVOKE).count())
                .isZero();
        assertThat(configuration().getAuthorizationCheckRevokes()).isEqualTo("never");
    }

    @Test
    void shouldSearchForRevokesAgainWhenTheEngineStartsWithOne() {
        AuthorizationService authorizations = engine.getAuthorizationService();
        Authorization grant = onTheLifecycle(authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT));
        grant.setGroupId("revoke-test-group");
        authorizations.saveAuthorization(grant);
        // Written past the refusal, as one from before Medvirk refused them would be there.
        AuthorizationEntity revoke = onTheLifecycle(new AuthorizationEntity(Authorization.AUTH_TYPE_REVOKE));
        revoke.setUserId("revoke-test-user");
        configuration().getCommandExecutorTxRequired().execute(context -> {
            context.getDbEntityManager().insert(revoke);
            return null;
        });
        try {
            AuthorizationChecks.checkRevokesIfAny(engine);

            assertThat(configuration().getAuthorizationCheckRevokes()).isEqualTo("auto");
            // The revoke counts: the group's grant is taken back from the user.
            assertThat(authorizations.isUserAuthorized("revoke-test-user", List.of("revoke-test-group"), Permissions.READ,
                    Resources.PROCESS_DEFINITION, "message-lifecycle")).isFalse();
            assertThat(authorizations.isUserAuthorized("another-user", List.of("revoke-test-group"), Permissions.READ,
                    Resources.PROCESS_DEFINITION, "message-lifecycle")).isTrue();
        } finally {
            authorizations.deleteAuthorization(revoke.getId());
            authorizations.deleteAuthorization(grant.getId());
            configuration().setAuthorizationCheckRevokes("never");
        }
    }

    @Test
    void shouldAnswerEveryCheckAsTheEnginesStatement() {
        AuthorizationService authorizations = engine.getAuthorizationService();
        List<String> saved = new ArrayList<>();
        Consumer<Authorization> save = a -> saved.add(authorizations.saveAuthorization(a).getId());
        save.accept(grant(Authorization.AUTH_TYPE_GRANT, a -> a.setUserId("auth-kari"), Resources.TASK, "auth-task-1",
                TaskPermissions.TASK_WORK));
        save.accept(grant(Authorization.AUTH_TYPE_GRANT, a -> a.setGroupId("auth-unit"), Resources.TASK, "auth-task-2",
                Permissions.UPDATE));
        save.accept(grant(Authorization.AUTH_TYPE_GRANT, a -> a.setGroupId("auth-leaders"), Resources.PROCESS_DEFINITION,
                Authorization.ANY, Permissions.READ, Permissions.UPDATE_TASK, ProcessDefinitionPermissions.TASK_WORK));
        save.accept(grant(Authorization.AUTH_TYPE_GLOBAL, a -> a.setUserId(Authorization.ANY), Resources.PROCESS_DEFINITION,
                "auth-open-routine", Permissions.READ_TASK));
        // A grant to user "*" that is not global: the engine's check does not count it for anyone.
        save.accept(grant(Authorization.AUTH_TYPE_GRANT, a -> a.setUserId(Authorization.ANY), Resources.TASK, "auth-task-3",
                Permissions.READ));
        try {
            List<PermissionCheck> checks = new ArrayList<>();
            for (String task : List.of("auth-task-1", "auth-task-2", "auth-task-3", Authorization.ANY)) {
                for (Permission permission : List.of(Permissions.READ, Permissions.UPDATE, TaskPermissions.TASK_WORK)) {
                    checks.add(check(Resources.TASK, task, permission));
                }
            }
            for (String key : List.of("auth-open-routine", "message-lifecycle")) {
                for (Permission permission : List.of(Permissions.READ, Permissions.READ_TASK, Permissions.UPDATE_TASK,
                        ProcessDefinitionPermissions.TASK_WORK)) {
                    checks.add(check(Resources.PROCESS_DEFINITION, key, permission));
                }
            }
            checks.add(check(Resources.PROCESS_DEFINITION, null, Permissions.READ));
            List<CompositePermissionCheck> composites = new ArrayList<>();
            for (PermissionCheck check : checks) {
                composites.add(composite(true, check));
            }
            // The task-work check's shape, and both its ways of combining.
            for (boolean disjunctive : List.of(true, false)) {
                composites.add(composite(disjunctive, check(Resources.TASK, "auth-task-2", TaskPermissions.TASK_WORK),
                        check(Resources.PROCESS_DEFINITION, "message-lifecycle", ProcessDefinitionPermissions.TASK_WORK),
                        check(Resources.TASK, "auth-task-2", Permissions.UPDATE),
                        check(Resources.PROCESS_DEFINITION, "message-lifecycle", Permissions.UPDATE_TASK)));
                composites.add(composite(disjunctive, check(Resources.TASK, "auth-task-1", TaskPermissions.TASK_WORK),
                        check(Resources.PROCESS_DEFINITION, "auth-open-routine", Permissions.READ_TASK)));
            }

            int granted = 0;
            int compared = 0;
            for (String user : Arrays.asList("auth-kari", "auth-ola", null)) {
                for (List<String> groups : List.of(List.<String>of(), List.of("auth-unit"), List.of("auth-unit", "auth-leaders"))) {
                    for (CompositePermissionCheck composite : composites) {
                        boolean[] answers = configuration().getCommandExecutorTxRequired().execute(context -> new boolean[] {
                                new AuthorizationManager().isAuthorized(user, groups, composite),
                                context.getAuthorizationManager().isAuthorized(user, groups, composite) });
                        assertThat(answers[1]).as("%s in %s: %s", user, groups, describe(composite)).isEqualTo(answers[0]);
                        granted += answers[1] ? 1 : 0;
                        compared++;
                    }
                }
            }
            // Both answers occur, so the comparison says something.
            assertThat(granted).isBetween(1, compared - 1);
        } finally {
            saved.forEach(authorizations::deleteAuthorization);
        }
    }

    private static Authorization grant(int type, Consumer<Authorization> to, Resource resource, String resourceId,
            Permission... permissions) {
        AuthorizationEntity authorization = new AuthorizationEntity(type);
        to.accept(authorization);
        authorization.setResource(resource);
        authorization.setResourceId(resourceId);
        for (Permission permission : permissions) {
            authorization.addPermission(permission);
        }
        return authorization;
    }

    private static PermissionCheck check(Resource resource, String resourceId, Permission permission) {
        PermissionCheck check = new PermissionCheck();
        check.setResource(resource);
        check.setResourceId(resourceId);
        check.setPermission(permission);
        return check;
    }

    private static CompositePermissionCheck composite(boolean disjunctive, PermissionCheck... checks) {
        CompositePermissionCheck composite = new CompositePermissionCheck(disjunctive);
        composite.setAtomicChecks(List.of(checks));
        return composite;
    }

    private static String describe(CompositePermissionCheck composite) {
        return (composite.isDisjunctive() ? "any of " : "all of ") + composite.getAtomicChecks().stream()
                .map(c -> c.getPermission().getName() + " on " + c.getResource().resourceName() + " " + c.getResourceId())
                .toList();
    }

    /** Read on the message lifecycle's definitions: granted, or taken back by a revoke. */
    private static <A extends Authorization> A onTheLifecycle(A authorization) {
        authorization.setResource(Resources.PROCESS_DEFINITION);
        authorization.setResourceId("message-lifecycle");
        if (authorization.getAuthorizationType() == Authorization.AUTH_TYPE_REVOKE) {
            authorization.removePermission(Permissions.READ);
        } else {
            authorization.addPermission(Permissions.READ);
        }
        return authorization;
    }

    private ProcessEngineConfigurationImpl configuration() {
        return (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    }
}
