package no.medvirk.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import no.medvirk.MedvirkTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The running engine checks with all the caller's groups, without first reading which groups have authorizations. */
@MedvirkTest
class AuthorizationChecksTests {

    @Autowired
    ProcessEngine engine;

    @Test
    void shouldCheckWithEveryGroupOfTheCallerAsGiven() {
        List<String> checked = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                .getCommandExecutorTxRequired().execute(context -> context.getAuthorizationManager()
                        .filterAuthenticatedGroupIds(Arrays.asList("group-without-authorizations", "unit-vei", null,
                                "unit-vei")));

        // The engine's own manager would have left out the group that has no authorization in the database.
        assertThat(checked).containsExactly("group-without-authorizations", "unit-vei");
    }
}
