package no.medvirk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.medvirk.MedvirkApplication;
import no.medvirk.Tasklist;
import no.medvirk.TestModels;
import no.medvirk.UnitTasks;
import no.medvirk.WebappDelegates;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import no.nav.security.mock.oauth2.token.OAuth2TokenProvider;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Single sign-on against a real OpenID Connect provider in this JVM (NAV's mock-oauth2-server, with its
 * login page): people log in there and land in Tasklist with the groups of their token, someone moved
 * out of a group loses its tasks at the next login, someone not in the organisation file gets a
 * Norwegian refusal, machine clients use bearer tokens, and Basic and the password login are closed.
 * One Medvirk of its own (H2 in memory, engine "sso") serves every test here.
 */
@Tag("spring")
class SsoTests {

    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern NUMBER = Pattern.compile("\"count\"\\s*:\\s*(\\d+)");

    private static MockOAuth2Server provider;
    private static WebappDelegates shared;
    private static ConfigurableApplicationContext app;
    private static String root;
    private static ProcessEngine engine;

    private UnitTasks unitTasks;

    @BeforeAll
    static void startProviderAndMedvirk() {
        provider = new MockOAuth2Server(new OAuth2Config(true, null, null, false, new OAuth2TokenProvider(), Set.of()));
        provider.start();
        shared = WebappDelegates.keep();
        // TestModels: what the test model UnitTasks deploys is started with, for the model check.
        app = new SpringApplicationBuilder(MedvirkApplication.class, TestModels.class).run("--server.port=0",
                "--spring.datasource.url=jdbc:h2:mem:medvirk-sso;DB_CLOSE_DELAY=-1",
                "--camunda.bpm.job-execution.enabled=false", "--camunda.bpm.process-engine-name=sso",
                "--medvirk.mail.retry-every=PT1H",
                "--medvirk.sso.issuer-uri=" + provider.issuerUrl("medvirk"),
                "--medvirk.sso.client-id=medvirk", "--medvirk.sso.client-secret=not-a-secret");
        root = "http://localhost:" + ((WebServerApplicationContext) app).getWebServer().getPort();
        engine = app.getBean(ProcessEngine.class);
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
        if (shared != null) {
            shared.close();
        }
        if (provider != null) {
            provider.shutdown();
        }
    }

    @BeforeEach
    void tasks() {
        unitTasks = new UnitTasks(engine);
    }

    @AfterEach
    void endTasks() {
        unitTasks.close();
    }

    @Test
    void aPersonLogsInAtTheProviderAndTheEngineSeesTheGroupsOfTheirToken() throws Exception {
        unitTasks.start("vei", new Date());
        Browserless kari = new Browserless();

        HttpResponse<String> tasklist = kari.login("kari-oid", claims("kari.nordmann@medvirk.example", "medvirk-vei"));

        assertThat(tasklist.statusCode()).isEqualTo(200);
        assertThat(tasklist.uri().getPath()).isEqualTo("/camunda/app/tasklist/sso/");
        assertThat(kari.get("/camunda/api/admin/auth/user/sso").body()).contains("\"userId\":\"kari\"");
        // The file makes kari a caseworker in Barnehage too; the token says Vei, and the token decides.
        assertThat(groupsOf("kari")).containsExactlyInAnyOrder("medvirk-users", "unit-vei");
        assertThat(unitTaskCount(kari)).isEqualTo(1);
        // Medvirk's own API reads with the same login, without a second one.
        assertThat(kari.get("/api/outbox").statusCode()).isEqualTo(403);
    }

    @Test
    void someoneTakenOutOfAGroupAtTheProviderLosesItsTasksAtTheNextLogin() throws Exception {
        Task task = unitTasks.start("vei", new Date());
        new Browserless().login("kari-oid", claims("kari.nordmann@medvirk.example", "medvirk-vei"));
        engine.getTaskService().setAssignee(task.getId(), "kari");

        Browserless nextDay = new Browserless();
        nextDay.login("kari-oid", claims("kari.nordmann@medvirk.example", "medvirk-barnehage"));

        assertThat(groupsOf("kari")).containsExactlyInAnyOrder("medvirk-users", "unit-barnehage");
        assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).singleResult().getAssignee()).isNull();
        assertThat(unitTaskCount(nextDay)).isZero();
    }

    @Test
    void someoneNotInTheOrganisationFileIsRefusedInNorwegian() throws Exception {
        HttpResponse<String> refused = new Browserless().login("stranger", claims("ukjent@medvirk.example", "medvirk-vei"));

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("Du har ikke tilgang til Medvirk", "ikke registrert som bruker av Medvirk");
        assertThat(engine.getIdentityService().createUserQuery().userId("stranger").count()).isZero();
    }

    @Test
    void loggingOutEndsTheSessionHereAndAtTheProvider() throws Exception {
        Browserless kari = new Browserless();
        kari.login("kari-oid", claims("kari.nordmann@medvirk.example", "medvirk-vei"));

        HttpResponse<String> out = kari.step("/logout");

        // Medvirk sends the browser on to the provider's end-session endpoint, with the ID token as its hint.
        assertThat(out.statusCode()).isEqualTo(302);
        assertThat(out.headers().firstValue("Location")).get().asString()
                .startsWith(provider.issuerUrl("medvirk") + "/endsession").contains("id_token_hint=");
        // The session here is gone: Tasklist sends the browser to log in again.
        assertThat(kari.step("/camunda/app/tasklist/sso/").headers().firstValue("Location")).get().asString()
                .endsWith("/oauth2/authorization/medvirk");
    }

    @Test
    void aMachineClientUsesABearerTokenOnTheApis() throws Exception {
        String token = clientCredentials("servicesenter-system", List.of("medvirk"), Map.of("roles", List.of("medvirk-servicesenter")));

        HttpResponse<String> registered = send(HttpRequest.newBuilder(URI.create(root + "/api/messages"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"channel\":\"PHONE\",\"text\":\"Lyset i tunnelen er borte.\","
                        + "\"kind\":\"QUESTION\",\"subjectArea\":\"Vei og trafikk\",\"political\":false,\"external\":false}")));
        HttpResponse<String> engineRest = send(HttpRequest.newBuilder(URI.create(root + "/engine-rest/engine/sso/task/count"))
                .header("Authorization", "Bearer " + token));

        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
        assertThat(engineRest.statusCode()).isEqualTo(200);
        String caseNumber = registered.body().replaceAll("(?s).*\"caseNumber\"\\s*:\\s*\"([^\"]+)\".*", "$1");
        engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).list()
                .forEach(p -> engine.getRuntimeService().deleteProcessInstance(p.getId(), "test over"));
    }

    @Test
    void aTokenWithoutARoleOrForAnotherServiceIsRefused() throws Exception {
        String noRole = clientCredentials("someone-else", List.of("medvirk"), Map.of());
        String elsewhere = clientCredentials("servicesenter-system", List.of("another-service"),
                Map.of("roles", List.of("medvirk-servicesenter")));

        for (String token : List.of(noRole, elsewhere)) {
            assertThat(send(HttpRequest.newBuilder(URI.create(root + "/engine-rest/engine/sso/task/count"))
                    .header("Authorization", "Bearer " + token)).statusCode()).isEqualTo(401);
            assertThat(send(HttpRequest.newBuilder(URI.create(root + "/api/messages/26/1"))
                    .header("Authorization", "Bearer " + token)).statusCode()).isEqualTo(401);
        }
    }

    @Test
    void basicAuthenticationAndThePasswordLoginAreClosed() throws Exception {
        String basic = "Basic " + Base64.getEncoder().encodeToString("kari:demo".getBytes(StandardCharsets.UTF_8));

        assertThat(send(HttpRequest.newBuilder(URI.create(root + "/engine-rest/engine/sso/task/count")).header("Authorization", basic))
                .statusCode()).isEqualTo(401);
        assertThat(send(HttpRequest.newBuilder(URI.create(root + "/api/messages/26/1")).header("Authorization", basic))
                .statusCode()).isEqualTo(401);
        assertThat(send(HttpRequest.newBuilder(URI.create(root + "/camunda/api/admin/auth/user/sso/login/tasklist"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=kari&password=demo"))).statusCode())
                .isIn(401, 403);
    }

    @Test
    @Tag("browser")
    void aUnitLeaderLogsInOnTheProvidersPageAndFindsTheUnitsTasksInTasklist() {
        unitTasks.start("vei", new Date());
        try (Tasklist tasklist = Tasklist.open(0)) {
            var browser = tasklist.driver();
            browser.get(root + "/camunda/app/tasklist/sso/");
            new WebDriverWait(browser, java.time.Duration.ofSeconds(20))
                    .until(d -> !d.findElements(By.name("username")).isEmpty());
            tasklist.screenshot("sso-1-provider-login");
            browser.findElement(By.name("username")).sendKeys("viggo-oid");
            browser.findElement(By.name("claims")).sendKeys(claims("viggo.veiland@medvirk.example", "medvirk-vei-ledere"));
            browser.findElement(By.cssSelector("input[type=submit]")).click();

            assertThat(tasklist.filters()).containsExactly("Mine oppgaver", "Enhetens oppgaver", "Forfalte oppgaver");
            assertThat(tasklist.filter("Enhetens oppgaver").tasks()).hasSize(1);
            tasklist.screenshot("sso-2-tasklist");
            assertThat(browser.getCurrentUrl()).startsWith(root + "/camunda/app/tasklist/sso/");

            // "Logg ut" ends the provider's session too: the next visit asks for the login again.
            var wait = new WebDriverWait(browser, java.time.Duration.ofSeconds(20));
            wait.until(d -> {
                d.findElement(By.cssSelector("li.account > a")).click();
                return d.findElements(By.cssSelector("li.logout a[data-medvirk-sso]")).stream()
                        .anyMatch(org.openqa.selenium.WebElement::isDisplayed);
            });
            browser.findElement(By.cssSelector("li.logout a[data-medvirk-sso]")).click();
            wait.until(d -> d.getCurrentUrl().startsWith(provider.issuerUrl("medvirk").toString())
                    && !d.findElements(By.name("username")).isEmpty());
        }
        assertThat(groupsOf("vegleder")).containsExactlyInAnyOrder("medvirk-users", "unit-vei", "unit-vei-leaders");
    }

    private static String claims(String login, String... groups) {
        return "{\"preferred_username\":\"" + login + "\",\"groups\":[" + String.join(",",
                java.util.Arrays.stream(groups).map(g -> "\"" + g + "\"").toList()) + "]}";
    }

    private static List<String> groupsOf(String userId) {
        return engine.getIdentityService().createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
    }

    /** "Enhetens oppgaver" as Tasklist counts it for the logged-in user. */
    private static long unitTaskCount(Browserless user) throws Exception {
        String filterId = engine.getFilterService().createTaskFilterQuery().filterName("Enhetens oppgaver").singleResult()
                .getId();
        Matcher count = NUMBER.matcher(user.get("/camunda/api/engine/engine/sso/filter/" + filterId + "/count").body());
        assertThat(count.find()).isTrue();
        return Long.parseLong(count.group(1));
    }

    /** A token from the provider's token endpoint, as the machine client asks for it. */
    private static String clientCredentials(String client, List<String> audience, Map<String, Object> claims)
            throws Exception {
        provider.enqueueCallback(new DefaultOAuth2TokenCallback("medvirk", client, "JWT", audience, claims, 3600));
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(provider.tokenEndpointUrl("medvirk").toString()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&client_id=" + client
                        + "&client_secret=secret&scope=medvirk")));
        Matcher token = ACCESS_TOKEN.matcher(response.body());
        assertThat(token.find()).as(response.body()).isTrue();
        return token.group(1);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A browser's cookies and redirects, without the browser: Medvirk, the provider's login form, and back. */
    private static final class Browserless {

        private final CookieManager cookies = new CookieManager();
        private final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.ALWAYS).build();

        HttpResponse<String> login(String username, String claims) throws Exception {
            HttpResponse<String> loginPage = get("/camunda/app/tasklist/sso/");
            assertThat(loginPage.uri().toString()).startsWith(provider.issuerUrl("medvirk") + "/authorize");
            String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&claims="
                    + URLEncoder.encode(claims, StandardCharsets.UTF_8);
            return client.send(HttpRequest.newBuilder(loginPage.uri())
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        }

        /** One request, its redirect not followed. */
        HttpResponse<String> step(String path) throws IOException, InterruptedException {
            return HttpClient.newBuilder().cookieHandler(cookies).build()
                    .send(HttpRequest.newBuilder(URI.create(root + path)).build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return client.send(HttpRequest.newBuilder(URI.create(root + path)).build(), HttpResponse.BodyHandlers.ofString());
        }
    }
}
