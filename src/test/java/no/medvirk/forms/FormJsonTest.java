package no.medvirk.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FormJsonTest {

    @Test
    void aDynamicListsRowsComeAsJsonTextOrAsJavaLists() {
        assertThat(FormJson.rows("[{\"name\": \"Åse\"}, null, {}]")).containsExactly(Map.of("name", "Åse"), Map.of());
        assertThat(FormJson.rows(List.of(Map.of("name", "Åse")))).containsExactly(Map.of("name", "Åse"));
        assertThat(FormJson.rows(null)).isEmpty();
    }

    @Test
    void whatIsNoListOfRowsIsRefusedWithoutSayingWhatItWas() {
        for (Object bad : List.of("Gudrun Ørnelundsen", "{\"name\": \"Gudrun\"}", "[\"Gudrun\"]")) {
            assertThatThrownBy(() -> FormJson.rows(bad)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("Not a list of rows");
        }
    }

    @Test
    void rowsGoBackToTheFormAsAJsonVariable() {
        assertThat(FormJson.value(List.of(Map.of("value", "vei", "label", "Vei, park og idrett"))).getValue().toString())
                .contains("\"value\":\"vei\"", "\"label\":\"Vei, park og idrett\"");
    }
}
