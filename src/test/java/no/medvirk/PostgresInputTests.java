package no.medvirk;

import static no.medvirk.RestRequests.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.SQLException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;

/**
 * A NUL in a message on PostgreSQL, which refuses it in every text column: each way in refuses it
 * with 400 before the database is reached, instead of the 500 of the failing insert. The application
 * runs on the machine's PostgreSQL in a database of its own (ScratchPostgres).
 */
@Tag("spring")
class PostgresInputTests {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private static ScratchPostgres database;
    private static WebappDelegates shared;
    private static ConfigurableApplicationContext app;
    private static TestRestTemplate rest;
    private static JdbcTemplate jdbc;

    @BeforeAll
    static void startOnPostgresql() throws SQLException {
        database = ScratchPostgres.create("medvirk_input");
        shared = WebappDelegates.keep();
        app = database.start("input");
        int port = ((WebServerApplicationContext) app).getWebServer().getPort();
        rest = new TestRestTemplate(new RestTemplateBuilder().rootUri("http://localhost:" + port));
        jdbc = app.getBean(JdbcTemplate.class);
    }

    @AfterAll
    static void dropDatabase() throws SQLException {
        if (app != null) {
            app.close();
        }
        if (shared != null) {
            shared.close();
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    void postgresqlItselfRefusesNul() {
        assertThatThrownBy(() -> jdbc.queryForObject("select cast(? as text)", String.class, "Hei\u0000"))
                .hasMessageContaining("0x00");
    }

    @Test
    void theApiRefusesNulInTheTextAndTheName() throws Exception {
        ResponseEntity<String> refused = rest.withBasicAuth("servicesenter", "demo").postForEntity("/api/messages",
                json(Map.of("channel", "CARD", "text", "Hullet\u0000 er stort", "kind", "COMPLAINT",
                        "subjectArea", "Gatelys", "submitter", Map.of("name", "Nina\u0000Nilsen"))), String.class);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(JSON.readTree(refused.getBody()).get("errors").fieldNames()).toIterable()
                .containsExactlyInAnyOrder("text", "submitter.name");
        assertThat(storedMessages()).isZero();
    }

    @Test
    void theMessageCardRefusesNulByTheFieldAndKeepsTheRest() {
        ResponseEntity<String> card = rest.getForEntity("/melding", String.class);
        String cookie = card.getHeaders().getFirst(HttpHeaders.SET_COOKIE).split(";")[0];
        Matcher token = CSRF.matcher(card.getBody());
        assertThat(token.find()).isTrue();
        var form = new LinkedMultiValueMap<String, String>();
        form.add("_csrf", token.group(1));
        form.add("text", "Gatelyset\u0000 er mørkt");
        form.add("name", "Berit\u0000 Innbygger");
        form.add("website", "");
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        headers.add(HttpHeaders.COOKIE, cookie);

        ResponseEntity<String> refused = rest.exchange("/melding", HttpMethod.POST, new HttpEntity<>(form, headers),
                String.class);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody()).contains("href=\"#text\"", "href=\"#name\"", ">Gatelyset er mørkt</textarea>",
                "value=\"Berit Innbygger\"");
        assertThat(storedMessages()).isZero();
    }

    @Test
    void open311RefusesNulInTheDescriptionAndItsOwnFields() throws Exception {
        JsonNode issued = JSON.readTree(rest.withBasicAuth("admin", "demo").postForEntity("/api/open311/clients",
                json(Map.of("name", "Nul-app")), String.class).getBody());
        String key = issued.get("api_key").asText();

        for (String fields : new String[] {"description=Lyset%00+er+borte", "description=x&first_name=Ola%00",
                "description=x&address_string=Storgata%001", "description=x&device_id=d%00"}) {
            HttpHeaders headers = new HttpHeaders();
            headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
            ResponseEntity<String> refused = rest.exchange("/open311/v2/requests.json", HttpMethod.POST,
                    new HttpEntity<>("api_key=" + key + "&service_code=gatelys&" + fields, headers), String.class);

            assertThat(refused.getStatusCode()).as(fields).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(JSON.readTree(refused.getBody()).get(0).get("code").asInt()).isEqualTo(400);
        }
        assertThat(storedMessages()).isZero();
    }

    private static int storedMessages() {
        return jdbc.queryForObject("select count(*) from message", Integer.class);
    }
}
