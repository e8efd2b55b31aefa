package no.medvirk.duelist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** processes/overdue-escalation.dmn (M11, issue 19): political messages stay in the mayor's office. */
class OverdueEscalationDecisionTest {

    private static DmnEngine engine;
    private static DmnDecision decision;

    @BeforeAll
    static void readTheTable() throws IOException {
        engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        try (InputStream in = new FileInputStream("processes/overdue-escalation.dmn")) {
            decision = engine.parseDecision("overdue-escalation", in);
        }
    }

    @ParameterizedTest
    @CsvSource({"true, mayor", "false, chief-executive"})
    void shouldEscalatePoliticalMessagesToTheMayorAndTheOthersToTheChiefExecutive(boolean political, String group) {
        String recipient = engine.evaluateDecisionTable(decision, Variables.createVariables().putValue("political", political))
                .getSingleResult().getEntry("recipient");

        assertThat(recipient).isEqualTo(group);
    }
}
