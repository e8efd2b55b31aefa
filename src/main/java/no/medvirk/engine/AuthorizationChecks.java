package no.medvirk.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
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
