package no.medvirk.duelist;

import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import no.medvirk.forms.InvalidInputException;
import org.junit.jupiter.api.Test;

/** The due lists' forms: the unit leader's comment and the chief executive's instruction. */
class DueListFormsTest {

    @Test
    void aClearedListNeedsNoCommentAndOneStillOpenDoes() {
        assertThatNoException().isThrownBy(() -> new ClearUpForm(null).check(List.of()));
        assertThatNoException().isThrownBy(() -> new ClearUpForm("Kari ringer i morgen.").check(List.of("26/4")));
        assertThatThrownBy(() -> new ClearUpForm(null).check(List.of("26/4", "26/9")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("Disse meldingene er ikke lukket: 26/4, 26/9. Lukk dem, eller skriv i kommentaren hva som "
                        + "skjer med dem.");
    }

    @Test
    void aCommentOrInstructionThatCannotBeKeptIsRefused() {
        assertThatThrownBy(() -> new ClearUpForm("x".repeat(4001)).check(List.of()))
                .hasMessage("Kommentaren kan være på høyst 4000 tegn.");
        assertThatThrownBy(() -> new InstructionForm("Ring\u0000 dem.").check())
                .hasMessageStartingWith("Instruksen inneholder tegn som ikke kan lagres");
        assertThatThrownBy(() -> new InstructionForm(null).check())
                .hasMessage("Skriv instruksen til enhetene om meldingene som står på restanselisten igjen.");
        assertThatNoException().isThrownBy(() -> new InstructionForm("Ring innmelderne i dag.").check());
    }
}
