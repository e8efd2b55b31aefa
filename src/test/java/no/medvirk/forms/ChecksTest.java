package no.medvirk.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChecksTest {

    enum Colour { RED, GREEN }

    @Test
    void nothingWrongRefusesNothing() {
        Checks checks = new Checks();
        checks.required("answer", "Ja", "Skriv svaret.");
        checks.text("answer", "Ja", "Svaret", 10);

        assertThatNoException().isThrownBy(checks::refuseIfAny);
    }

    @Test
    void aTextTooLongOrWithACharacterNoOneTypesIsRefusedByItsSubjectNeverItsValue() {
        Checks checks = new Checks();
        checks.text("answer", "Gudrun Ørnelundsen".repeat(10), "Svaret", 100);
        checks.text("reason", "Gudrun\u0000", "Begrunnelsen", 100);

        assertThatThrownBy(checks::refuseIfAny).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.errors()).containsOnlyKeys("answer", "reason")
                    .containsEntry("answer", "Svaret kan være på høyst 100 tegn.")
                    .containsEntry("reason", "Begrunnelsen inneholder tegn som ikke kan lagres (usynlige kontrolltegn "
                            + "eller tegn som ikke kunne leses). Fjern dem og prøv igjen.");
            assertThat(e.getMessage()).doesNotContain("Gudrun");
        });
    }

    @Test
    void aMissingValueIsRefusedOnceAndOnlyWhenTheFieldHasNoOtherProblem() {
        Checks checks = new Checks();
        checks.add("kind", "Ugyldig valg.");
        checks.required("kind", null, "Velg type.");
        checks.required("text", null, "Skriv teksten.");
        checks.required("text", null, "Skriv teksten.");

        assertThatThrownBy(checks::refuseIfAny).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.errors()).isEqualTo(Map.of("kind", "Ugyldig valg.", "text", "Skriv teksten.")));
    }

    @Test
    void moreProblemsOfOneFieldAreSaidTogetherInTheOrderFound() {
        Checks checks = new Checks();
        checks.add("meetings", "Møte 1: møtet mangler dato.");
        checks.add("meetings", "Møte 2: skriv hvor møtet holdes.");
        checks.add("groups", "Gruppe 1: gruppen mangler leder.");

        assertThatThrownBy(checks::refuseIfAny).hasMessage("Gruppe 1: gruppen mangler leder. "
                + "Møte 1: møtet mangler dato. Møte 2: skriv hvor møtet holdes.");
    }

    @Test
    void aChoiceNamesAConstantOrIsRefusedWithTheValidOnes() {
        Checks checks = new Checks();

        assertThat(checks.choice("colour", Colour.class, "GREEN")).isEqualTo(Colour.GREEN);
        assertThat(checks.choice("colour", Colour.class, null)).isNull();
        assertThat(checks.has("colour")).isFalse();
        assertThat(checks.choice("colour", Colour.class, "BLUE")).isNull();
        assertThatThrownBy(checks::refuseIfAny).hasMessage("Ugyldig valg. Gyldige valg: RED, GREEN.");
    }

    @Test
    void aDateIsWhatAFormsDateFieldGives() {
        Checks checks = new Checks();

        assertThat(checks.date("day", "2027-05-12", "Skriv en dato.")).isEqualTo(LocalDate.of(2027, 5, 12));
        assertThat(checks.date("day", "2027-05-12T18:00", "Skriv en dato.")).isEqualTo(LocalDate.of(2027, 5, 12));
        assertThat(checks.date("day", null, "Skriv en dato.")).isNull();
        assertThat(checks.has("day")).isFalse();
        assertThat(checks.date("day", "12. mai", "Skriv en dato.")).isNull();
        assertThatThrownBy(checks::refuseIfAny).hasMessage("Skriv en dato.");
    }
}
