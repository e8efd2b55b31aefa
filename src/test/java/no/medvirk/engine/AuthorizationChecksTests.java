package no.medvirk.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import no.medvirk.MedvirkTest;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The running engine checks with all the caller's groups, without first reading which groups have authorizations,
 * and without searching for revokes, which it refuses.
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
