package no.medvirk.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.medvirk.MedvirkTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ClassPathResource;

/** Tasklist speaks Norwegian bokmål and shows Medvirk, not Camunda. */
@MedvirkTest
class TasklistBrandingTests {

    private static final String TASKLIST = "/camunda/app/tasklist";
    // AngularJS interpolations and the HTML tags the labels use (not markers like "<undefined>").
    private static final Pattern PLACEHOLDER =
            Pattern.compile("\\{\\{[^}]*}}|</?(a|b|br|code|em|i|li|p|span|strong|ul)\\b[^>]*>");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    TestRestTemplate rest;

    @Test
    void shouldTranslateEveryStringTasklistHasIntoBokmal() throws IOException {
        JsonNode english = json(new ClassPathResource("META-INF/resources/webjars/camunda/app/tasklist/locales/en.json")
                .getInputStream());
        JsonNode norwegian = JSON.readTree(rest.getForObject(TASKLIST + "/locales/nb.json", String.class));

        assertThat(keys(norwegian, "")).containsExactlyInAnyOrderElementsOf(keys(english, ""));
        for (Map.Entry<String, JsonNode> label : english.get("labels").properties()) {
            String nb = norwegian.get("labels").get(label.getKey()).asText();
            if (!List.of("NO_TASK_FORM", "BANNER_CE_EOL_TEXT").contains(label.getKey())) {
                assertThat(nb).as(label.getKey()).isNotBlank();
            }
            if (!label.getKey().equals("BANNER_CE_EOL_TEXT")) {
                assertThat(placeholders(nb)).as(label.getKey())
                        .containsExactlyInAnyOrderElementsOf(placeholders(label.getValue().asText()));
            }
        }
        assertThat(norwegian.at("/labels/COMPLETE").asText()).isEqualTo("Fullfør");
        assertThat(norwegian.at("/dateLocales/months/0").asText()).isEqualTo("januar");
    }

    @Test
    void shouldMakeBokmalTheOnlyLanguageAndMedvirkTheName() {
        String config = rest.getForObject(TASKLIST + "/scripts/config.js", String.class);

        assertThat(config).contains("availableLocales: ['nb']", "fallbackLocale: 'nb'", "vendor: 'Medvirk'");
    }

    @Test
    void shouldHideTheMigrationBannerAndShowMedvirksLogo() {
        String styles = rest.getForObject(TASKLIST + "/styles/user-styles.css", String.class);

        assertThat(styles).contains(".ce-eol-banner", "medvirk-mark.svg", "medvirk-logo.svg");
        assertThat(rest.getForEntity(TASKLIST + "/styles/medvirk-logo.svg", String.class).getBody())
                .contains("Medvirk");
    }

    private static JsonNode json(InputStream in) throws IOException {
        String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        return JSON.readTree(text.startsWith("\uFEFF") ? text.substring(1) : text);
    }

    private static List<String> keys(JsonNode node, String prefix) {
        List<String> keys = new ArrayList<>();
        if (node.isObject()) {
            node.properties().forEach(e -> keys.addAll(keys(e.getValue(), prefix + "/" + e.getKey())));
        } else {
            keys.add(prefix);
        }
        return keys;
    }

    private static List<String> placeholders(String text) {
        List<String> found = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add(m.group().replace(" ", ""));
        }
        return found;
    }
}
