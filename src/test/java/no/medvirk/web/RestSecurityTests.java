package no.medvirk.web;

import static no.medvirk.RestRequests.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Map;
import no.medvirk.MedvirkTest;
import no.medvirk.UnitTasks;
import no.medvirk.WebappSession;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.web.DefaultSecurityFilterChain;
import org.springframework.security.web.FilterChainProxy;
import org.springframework.web.servlet.handler.HandlerMappingIntrospector;

@MedvirkTest
class RestSecurityTests {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ProcessEngine engine;
    @Autowired
    ApplicationContext context;

    UnitTasks unitTasks;

    @BeforeEach
    void startTasks() {
        unitTasks = new UnitTasks(engine);
    }

    @AfterEach
    void deleteTasks() {
        unitTasks.close();
    }

    @Test
    void shouldRefuseTheRestApiWithoutCredentials() {
        assertThat(rest.getForEntity("/engine-rest/task?maxResults=10", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        try {
            assertThat(rest.withBasicAuth("kari", "wrong").getForEntity("/engine-rest/task?maxResults=10", String.class)
                    .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        } finally {
            // Each failed login makes Camunda hold the user back for a while; the other tests need kari.
            engine.getIdentityService().unlockUser("kari");
        }
        assertThat(rest.withBasicAuth("kari", "demo").getForEntity("/engine-rest/task?maxResults=10", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void shouldRefuseTheAdminSetupOnceAnAdministratorExists() {
        var body = Map.of("profile", Map.of("id", "intruder", "firstName", "I", "lastName", "N", "email", "i@n.no"),
                "credentials", Map.of("password", "Intruder-2026!"));

        ResponseEntity<String> response = rest.postForEntity("/camunda/api/admin/setup/default/user/create",
                json(body), String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(response.getBody()).contains("setup is closed");
        assertThat(engine.getIdentityService().createUserQuery().userId("intruder").count()).isZero();
    }

    @Test
    void shouldRefuseExpressionsInTaskQueries() {
        var kari = rest.withBasicAuth("kari", "demo");

        var topLevel = kari.getForEntity("/engine-rest/task?maxResults=10&assigneeExpression={e}", String.class,
                "${currentUser()}");
        var inOrQuery = kari.postForEntity("/engine-rest/task?maxResults=10",
                json(Map.of("orQueries", List.of(Map.of("assigneeExpression", "${execution}")))), String.class);
        var escaped = kari.postForEntity("/engine-rest/task/count",
                json("{\"orQueries\":[{\"candidateGroupExpression\":\"\\u0024{1+1}\"}]}"), String.class);
        var inTasklist = WebappSession.login(rest, "kari", "demo").postJson(
                "/camunda/api/engine/engine/default/task?firstResult=0&maxResults=10",
                "{\"orQueries\":[{\"assigneeExpression\":\"#{1+1}\"}]}");

        for (var response : List.of(topLevel, inOrQuery, escaped, inTasklist)) {
            assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(response.getBody()).contains("Expressions are not allowed");
        }
    }

    @Test
    void shouldAnswerTaskQueriesWithoutExpressionsInTasklist() {
        var response = WebappSession.login(rest, "kari", "demo").postJson(
                "/camunda/api/engine/engine/default/task?firstResult=0&maxResults=10",
                "{\"orQueries\":[{\"assignee\":\"kari\"}]}");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void shouldRefuseExpressionsWhenExtendingAStoredFilter() {
        String filterId = engine.getFilterService().createTaskFilterQuery().filterName("Mine oppgaver")
                .singleResult().getId();

        var response = rest.withBasicAuth("kari", "demo").postForEntity(
                "/engine-rest/filter/" + filterId + "/list?maxResults=10",
                json(Map.of("orQueries", List.of(Map.of("assigneeExpression", "${1+1}")))), String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void shouldLimitTheNumberOfResults() {
        var response = rest.withBasicAuth("kari", "demo")
                .getForEntity("/engine-rest/task?firstResult=0&maxResults=5000", String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody()).contains("Max results limit of 2000 exceeded");
    }

    @Test
    void shouldMarkCookiesSecureOnlyOverHttps() throws Exception {
        var plain = rest.exchange("/camunda/app/tasklist/default/", HttpMethod.GET, null, String.class);
        MockHttpServletRequest https = new MockHttpServletRequest();
        https.setSecure(true);
        MockHttpServletResponse overHttps = new MockHttpServletResponse();
        new SecureCookieFilter().doFilter(https, overHttps, (request, response) -> ((HttpServletResponse) response)
                .addHeader(HttpHeaders.SET_COOKIE, "XSRF-TOKEN=abc; Path=/; SameSite=Lax"));

        List<String> plainCookies = plain.getHeaders().get(HttpHeaders.SET_COOKIE);
        assertThat(plainCookies).anySatisfy(c -> assertThat(c).startsWith("JSESSIONID").contains("HttpOnly")
                .containsIgnoringCase("SameSite=Lax").doesNotContain("Secure"));
        assertThat(plainCookies).anySatisfy(c -> assertThat(c).startsWith("XSRF-TOKEN")
                .containsIgnoringCase("SameSite=Lax").doesNotContain("Secure"));
        assertThat(overHttps.getHeaders(HttpHeaders.SET_COOKIE)).singleElement().asString().contains("; Secure");
    }

    @Test
    void shouldNotTakeHttpsFromAClientThatIsNoConfiguredProxy() {
        HttpHeaders forwarded = new HttpHeaders();
        forwarded.set("X-Forwarded-Proto", "https");

        var response = rest.exchange("/camunda/app/tasklist/default/", HttpMethod.GET, new HttpEntity<>(forwarded),
                String.class);

        assertThat(response.getHeaders().get(HttpHeaders.SET_COOKIE)).allSatisfy(c -> assertThat(c).doesNotContain("Secure"));
    }

    @Test
    void shouldRefuseJavaSerializedVariables() {
        Task task = unitTasks.start("vei", tomorrow());
        var variable = Map.of("value", "rO0ABXQABGV2aWw=", "type", "Object", "valueInfo", Map.of(
                "objectTypeName", "java.lang.String", "serializationDataFormat", "application/x-java-serialized-object"));

        var response = rest.withBasicAuth("admin", "demo").exchange(
                "/engine-rest/process-instance/" + task.getProcessInstanceId() + "/variables/payload",
                HttpMethod.PUT, json(variable), String.class);

        // Camunda answers 500 here, with the reason: the point is that nothing Java-serialized is stored.
        assertThat(response.getStatusCode().is2xxSuccessful()).isFalse();
        assertThat(response.getBody()).contains("Java serialization format is prohibited");
        assertThat(engine.getRuntimeService().getVariable(task.getProcessInstanceId(), "payload")).isNull();
    }

    @Test
    void shouldNotDeserializeTypesThatAreNotAllowed() {
        Task task = unitTasks.start("vei", tomorrow());
        // A classic gadget: creating it from JSON would load and run a Spring XML file.
        String gadget = "org.springframework.context.support.FileSystemXmlApplicationContext";
        var variable = Map.of("value", "\"file:/tmp/evil.xml\"", "type", "Object", "valueInfo", Map.of(
                "objectTypeName", gadget, "serializationDataFormat", "application/json"));
        var admin = rest.withBasicAuth("admin", "demo");
        String url = "/engine-rest/process-instance/" + task.getProcessInstanceId() + "/variables/payload";

        admin.exchange(url, HttpMethod.PUT, json(variable), String.class);
        var response = admin.getForEntity(url + "?deserializeValue=true", String.class);

        assertThat(response.getStatusCode().is2xxSuccessful()).isFalse();
        assertThatThrownBy(() -> engine.getRuntimeService().getVariable(task.getProcessInstanceId(), "payload"))
                .rootCause().hasMessageContaining("not whitelisted").hasMessageContaining(gadget);
    }

    @Test
    void shouldEnforceThePasswordPolicy() {
        var user = Map.of("profile", Map.of("id", "weak", "firstName", "W", "lastName", "P", "email", "w@p.no"),
                "credentials", Map.of("password", "demo"));

        var response = rest.withBasicAuth("admin", "demo").postForEntity("/engine-rest/user/create",
                json(user), String.class);

        assertThat(response.getStatusCode().is2xxSuccessful()).isFalse();
        assertThat(response.getBody()).contains("Password does not match policy");
        assertThat(engine.getIdentityService().createUserQuery().userId("weak").count()).isZero();
    }

    @Test
    void shouldNeverServeTheH2Console() {
        assertThat(rest.getForEntity("/h2-console", String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void shouldRunSpringSecuritysChainsOnPathsAsWrittenWithoutAskingSpringMvcFirst() throws Exception {
        FilterChainProxy chains = (FilterChainProxy) context.getBean("springSecurityFilterChain");
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/engine-rest/task");
        request.setServletPath("/engine-rest");
        request.setPathInfo("/task");
        List<String> attributes = new ArrayList<>();

        chains.doFilter(request, new MockHttpServletResponse(),
                (passed, response) -> attributes.addAll(Collections.list(passed.getAttributeNames())));

        // Passed on, without Spring MVC having been asked which of its handlers would take the request.
        assertThat(attributes).isNotEmpty().noneMatch(name -> name.startsWith(HandlerMappingIntrospector.class.getName()));
        assertThat(chains.getFilterChains()).isNotEmpty().allSatisfy(chain ->
                assertThat(((DefaultSecurityFilterChain) chain).getRequestMatcher()).asString().contains("PathPattern"));
        // The report page's chain still takes its page (StatisticsTests reads its CSRF token and headers), no other.
        assertThat(chains.getFilterChains()).anyMatch(chain -> chain.matches(new MockHttpServletRequest("GET", "/rapport")))
                .noneMatch(chain -> chain.matches(new MockHttpServletRequest("GET", "/engine-rest/task")));
    }

    private static Date tomorrow() {
        return Date.from(Instant.now().plus(1, ChronoUnit.DAYS));
    }
}
