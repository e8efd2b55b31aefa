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
        Authorization revoke = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_REVOKE);
        revoke.setUserId("kari");
        revoke.setResource(Resources.PROCESS_DEFINITION);
        revoke.setResourceId("message-lifecycle");
        revoke.removePermission(Permissions.READ);

        assertThatThrownBy(() -> authorizations.saveAuthorization(revoke))
                .isInstanceOf(BadUserRequestException.class).hasMessage(AuthorizationChecks.REVOKES_REFUSED);
        assertThat(authorizations.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_REVOKE).count())
                .isZero();
        assertThat(configuration().getAuthorizationCheckRevokes()).isEqualTo("never");
    }

    @Test
    void shouldSearchForRevokesAgainWhenTheEngineStartsWithOne() {
        AuthorizationService authorizations = engine.getAuthorizationService();
        Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        grant.setGroupId("revoke-test-group");
        grant.setResource(Resources.PROCESS_DEFINITION);
        grant.setResourceId("message-lifecycle");
        grant.addPermission(Permissions.READ);
        authorizations.saveAuthorization(grant);
        // Written past the refusal, as one from before Medvirk refused them would be there.
        AuthorizationEntity revoke = new AuthorizationEntity(Authorization.AUTH_TYPE_REVOKE);
        revoke.setUserId("revoke-test-user");
        revoke.setResource(Resources.PROCESS_DEFINITION);
        revoke.setResourceId("message-lifecycle");
        revoke.removePermission(Permissions.READ);
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
            AuthorizationChecks.checkRevokesIfAny(engine);
            configuration().setAuthorizationCheckRevokes("never");
        }
    }

    private ProcessEngineConfigurationImpl configuration() {
        return (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    }
}
