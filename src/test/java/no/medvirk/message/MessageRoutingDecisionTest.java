package no.medvirk.message;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import no.medvirk.MedvirkTest;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/** processes/message-routing.dmn as deployed: who answers which message (M3). */
@MedvirkTest
class MessageRoutingDecisionTest {

    @Autowired
    DecisionService decisionService;
    @Autowired
    SubjectAreas subjectAreas;

    @ParameterizedTest(name = "{0} goes to {1}")
    @CsvSource({
            "Vei og trafikk, vei", "Brøyting og strøing, vei", "Gatelys, vei", "Parker og friområder, vei",
            "Idrettsanlegg, vei", "Barnehage, barnehage", "Hjemmetjenester, hjemmetjeneste",
            "Helsestasjon og skolehelse, helsestasjon", "Kultur og bibliotek, kultur",
            "Frivillighet og møteplasser, kultur", "NAV og sosiale tjenester, nav"})
    void shouldRouteEachSubjectAreaToItsUnit(String subjectArea, String unit) {
        DmnDecisionResultEntries result = route(subjectArea, false, false);

        assertThat(result.<String>getEntry("routedTo")).isEqualTo("UNIT");
        assertThat(result.<String>getEntry("unit")).isEqualTo(unit);
    }

    @Test
    void shouldRoutePoliticalContentToTheMayorWhateverTheSubject() {
        assertThat(route("Barnehage", true, false).<String>getEntry("routedTo")).isEqualTo("MAYOR");
        assertThat(route("Vei og trafikk", true, true).<String>getEntry("routedTo")).isEqualTo("MAYOR");
    }

    @Test
    void shouldSendOtherAuthoritiesMessagesBackToTheServiceCentre() {
        DmnDecisionResultEntries result = route("Vei og trafikk", false, true);

        assertThat(result.<String>getEntry("routedTo")).isEqualTo("EXTERNAL");
        assertThat(result.getEntryMap().get("unit")).isNull();
    }

    @Test
    void shouldOfferTheTablesSubjectAreasInItsOrder() {
        assertThat(subjectAreas.all()).startsWith("Vei og trafikk", "Brøyting og strøing").contains("NAV og sosiale tjenester")
                .hasSize(11);
    }

    private DmnDecisionResultEntries route(String subjectArea, boolean political, boolean external) {
        return decisionService.evaluateDecisionByKey("message-routing")
                .variables(Map.of("subjectArea", subjectArea, "kind", "COMPLAINT", "political", political,
                        "external", external))
                .evaluate().getSingleResult();
    }
}
