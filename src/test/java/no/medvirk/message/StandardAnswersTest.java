package no.medvirk.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The service centre's standard answers file: read as process owners write it, refused in Norwegian. */
class StandardAnswersTest {

    @Test
    void shouldReadTheFileInProcessesWithAnswersForEveryArea() {
        Map<String, List<StandardAnswers.Answer>> answers = StandardAnswers.read(Path.of("processes"));

        assertThat(answers).containsKeys(StandardAnswers.ALL_AREAS, "Brøyting og strøing", "Vei og trafikk");
        assertThat(answers.get("Brøyting og strøing")).extracting(StandardAnswers.Answer::title)
                .contains("Brøyting etter brøyteplanen");
        assertThat(answers.values()).allSatisfy(list -> assertThat(list).isNotEmpty()
                .allSatisfy(a -> assertThat(a.text()).isNotBlank().doesNotEndWith("\n")));
    }

    @Test
    void shouldNameEveryProblemOfABrokenFile() {
        String file = """
                Gatelys:
                  - tittel: Lyset blir reparert
                  - tekst: Uten tittel.
                  - tittel: Lyset blir reparert
                    tekst: To like titler.
                    svar: feil nøkkel
                Vei og trafikk: bare tekst
                """;

        assertThatThrownBy(() -> parse(file)).isInstanceOfSatisfying(InvalidStandardAnswersException.class,
                e -> assertThat(e.getMessage()).startsWith("standard-answers.yml: ").contains(
                        "svar nr. 1 under «Gatelys» mangler tekst",
                        "svar nr. 2 under «Gatelys» mangler tittel",
                        "svar nr. 3 under «Gatelys»: tittelen «Lyset blir reparert» er brukt før under samme emne",
                        "svar nr. 3 under «Gatelys» har «svar:», som Medvirk ikke kjenner",
                        "under «Vei og trafikk» skal det stå en liste med svar"));
    }

    @Test
    void shouldRefuseASubjectAreaTheRoutingTableDoesNotHave(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("standard-answers.yml"), """
                Alle emner:
                  - tittel: Takk
                    tekst: Takk for meldingen.
                Snømåking:
                  - tittel: Måking
                    tekst: Vi måker.
                """);
        SubjectAreas routingTable = new SubjectAreas(null) {
            @Override
            public List<String> all() {
                return List.of("Gatelys", "Vei og trafikk");
            }
        };
        StandardAnswers answers = new StandardAnswers(folder, routingTable);

        assertThat(answers.forArea("Gatelys")).extracting(StandardAnswers.Answer::title).containsExactly("Takk");
        assertThatThrownBy(answers::afterSingletonsInstantiated).isInstanceOf(InvalidStandardAnswersException.class)
                .hasMessage("standard-answers.yml: «Snømåking» er ikke et emne i rutingstabellen (message-routing.dmn). "
                        + "Skriv emnet nøyaktig som der, eller «Alle emner». Emnene er: Gatelys, Vei og trafikk.");
    }

    @Test
    void shouldSayWhenTheFileIsNoYaml() {
        assertThatThrownBy(() -> parse("Gatelys:\n  - tittel: [\n")).isInstanceOf(InvalidStandardAnswersException.class)
                .hasMessageStartingWith("standard-answers.yml er ikke gyldig YAML (sjekk innrykk og kolon)");
    }

    @Test
    void shouldPutTheStandardAnswerFirstAndWhatWasWrittenAfter() {
        assertThat(ContactForm.answer("Standard.", "Eget.")).isEqualTo("Standard.\n\nEget.");
        assertThat(ContactForm.answer("Standard.", " ")).isEqualTo("Standard.");
        assertThat(ContactForm.answer(null, "Eget.")).isEqualTo("Eget.");
    }

    private static Map<String, List<StandardAnswers.Answer>> parse(String yaml) {
        return StandardAnswers.parse(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
    }
}
