package no.medvirk.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import no.medvirk.forms.InvalidInputException;
import org.junit.jupiter.api.Test;

class MessageInputTest {

    private static final List<String> AREAS = List.of("Vei og trafikk", "Barnehage");
    private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");
    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    @Test
    void aWholeMessageIsCheckedIntoItsValues() {
        MessageInput.Checked checked = new MessageInput("PHONE", "2026-11-19", " Hullet i veien. ", "COMPLAINT",
                "Vei og trafikk", true, null, new MessageInput.SubmitterInput("Nina Nilsen", null, "+47 900 00 000",
                "nina@example.no")).check(true, AREAS, NOW, OSLO);

        assertThat(checked.channel()).isEqualTo(Channel.PHONE);
        assertThat(checked.receivedAt()).isEqualTo(Instant.parse("2026-11-18T23:00:00Z"));
        assertThat(checked.text()).isEqualTo("Hullet i veien.");
        assertThat(checked.kind()).isEqualTo(Kind.COMPLAINT);
        assertThat(checked.political()).isTrue();
        assertThat(checked.external()).isFalse();
        assertThat(checked.submitter().phone()).isEqualTo("+47 900 00 000");
    }

    @Test
    void aReceivedMessageNeedsNoClassificationAndNoSubmitter() {
        MessageInput.Checked checked = new MessageInput("CARD", null, "Lyset er mørkt.", null, null, null, null, null)
                .check(false, AREAS, NOW, OSLO);

        assertThat(checked.receivedAt()).isEqualTo(NOW);
        assertThat(checked.kind()).isNull();
        assertThat(checked.submitter()).isEqualTo(Submitter.ANONYMOUS);
    }

    @Test
    void everyWrongFieldIsNamedAndNoValueIsRepeated() {
        MessageInput input = new MessageInput("PIGEON", "2027-01-01", "x".repeat(4001), "RANT", "Månen", null, null,
                new MessageInput.SubmitterInput("Gudrun\u0000Ørnelundsen", "a".repeat(301), "12", "gudrun@"));

        assertThatThrownBy(() -> input.check(true, AREAS, NOW, OSLO)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> {
                    assertThat(e.errors()).containsOnlyKeys("channel", "receivedAt", "text", "kind", "subjectArea",
                            "submitter.name", "submitter.address", "submitter.phone", "submitter.email");
                    assertThat(e.errors().get("text")).isEqualTo("Meldingen kan være på høyst 4000 tegn (den har 4001).");
                    assertThat(e.errors().get("receivedAt")).isEqualTo("Mottatt-datoen kan ikke være fram i tid.");
                    assertThat(e.errors().get("submitter.name")).startsWith("Navnet inneholder tegn som ikke kan lagres");
                    assertThat(e.getMessage()).doesNotContain("Gudrun", "PIGEON", "Månen");
                });
    }

    @Test
    void aRegisteredMessageMustBeClassified() {
        assertThatThrownBy(() -> new MessageInput("CARD", null, null, null, null, null, null, null)
                .check(true, AREAS, NOW, OSLO)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.errors()).containsEntry("text", "Skriv inn meldingen.")
                        .containsEntry("kind", "Velg type melding: spørsmål, forslag, klage eller ros.")
                        .containsEntry("subjectArea", "Velg emnet meldingen gjelder."));
    }
}
