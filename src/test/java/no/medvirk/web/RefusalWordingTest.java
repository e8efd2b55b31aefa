package no.medvirk.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A refusal reaches Tasklist as its Norwegian sentence, without the engine's words and ids in front. */
class RefusalWordingTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void shouldTakeTheEnginesWordsOffAStartRefusedByAListener() throws Exception {
        JsonNode reworded = reworded("{\"type\":\"RestException\",\"message\":\"Cannot instantiate process definition "
                + "dialogue-cycle:1:19d8ab4e-ef22-11f1-8970-02fc00000001: Det finnes allerede en plan for dialogmøtene 2027.\"}");

        assertThat(reworded.get("message").asText()).isEqualTo("Det finnes allerede en plan for dialogmøtene 2027.");
        assertThat(reworded.get("type").asText()).isEqualTo("RestException");
    }

    @Test
    void shouldTakeTheEnginesWordsOffACompletionRefusedByAForm() throws Exception {
        JsonNode reworded = reworded("{\"type\":\"RestException\",\"message\":\"Cannot submit task form "
                + "a1b2c3d4-0000-11f1-8970-02fc00000001: Skriv hvorfor innmelderen ikke er fornøyd.\"}");

        assertThat(reworded.get("message").asText()).isEqualTo("Skriv hvorfor innmelderen ikke er fornøyd.");
    }

    @Test
    void shouldLeaveOtherAnswersAlone() {
        assertThat(RefusalWording.reworded(bytes("{\"type\":\"InvalidRequestException\",\"message\":\"Skriv inn meldingen.\"}")))
                .isNull();
        assertThat(RefusalWording.reworded(bytes("not json"))).isNull();
        assertThat(RefusalWording.reworded(bytes("[1, 2]"))).isNull();
    }

    private static JsonNode reworded(String body) throws Exception {
        return JSON.readTree(RefusalWording.reworded(bytes(body)));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
