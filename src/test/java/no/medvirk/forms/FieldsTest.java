package no.medvirk.forms;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FieldsTest {

    @Test
    void blankTextIsAbsentAndTextIsStripped() {
        assertThat(Fields.text(null)).isNull();
        assertThat(Fields.text("  \n ")).isNull();
        assertThat(Fields.text("  Brøyting ")).isEqualTo("Brøyting");
        assertThat(Fields.text(2027L)).isEqualTo("2027");
    }

    @Test
    void yesAndNoAreTrueAndFalseAndNothingElse() {
        assertThat(Fields.yesNo(true)).isTrue();
        assertThat(Fields.yesNo("false")).isFalse();
        assertThat(Fields.yesNo(" TRUE ")).isTrue();
        assertThat(Fields.yesNo(null)).isNull();
        assertThat(Fields.yesNo("")).isNull();
        assertThat(Fields.yesNo("ja")).as("not read as no").isNull();
    }

    @Test
    void anIdIsAnyNumberTheEngineGivesBack() {
        assertThat(Fields.id(7L)).isEqualTo(7L);
        assertThat(Fields.id(7)).as("an element of a list of ids that went through JSON").isEqualTo(7L);
        assertThat(Fields.id(null)).isNull();
        assertThat(Fields.id("7")).isNull();
    }

    @Test
    void freeTextHoldsOnlyCharactersAPersonTypes() {
        assertThat(Fields.hasForbiddenCharacters("Linje 1\r\n\tLinje 2 – æøå 👍")).isFalse();
        assertThat(Fields.hasForbiddenCharacters(null)).isFalse();
        for (String bad : new String[] {"a\u0000b", "a\u0007b", "a\uFFFDb", "a\uFFFEb", "a\uD800b", "a\u007Fb"}) {
            assertThat(Fields.hasForbiddenCharacters(bad)).as("%s", bad.codePoints().boxed().toList()).isTrue();
        }
        assertThat(Fields.withoutForbiddenCharacters("Hull\u0000 i\uFFFD veien\n")).isEqualTo("Hull i veien\n");
    }
}
