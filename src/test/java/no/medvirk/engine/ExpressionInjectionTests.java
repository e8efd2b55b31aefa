package no.medvirk.engine;

import static no.medvirk.RestRequests.deployment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import no.medvirk.MedvirkTest;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.el.StartProcessVariableScope;
import org.camunda.bpm.model.bpmn.Bpmn;
import no.medvirk.WebappSession;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Whatever way a logged-in user spells a task query, an expression in it never runs code on the
 * server. Each attempt's expression would create its own file: the proof is that none exists.
 */
@MedvirkTest
class ExpressionInjectionTests {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcTemplate jdbc;
    @LocalServerPort
    int port;

    Path markers;
    final AtomicInteger attempts = new AtomicInteger();
    final List<String> attempted = new ArrayList<>();
    final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void makeMarkerFolder() throws IOException {
        markers = Files.createTempDirectory("medvirk-injection");
    }

    @AfterEach
    void noCommandRan() throws IOException {
        try (var made = Files.list(markers)) {
            assertThat(made.map(Path::getFileName).map(Path::toString).toList())
                    .as("files the expressions made (of %s)", attempted).isEmpty();
        }
    }

    /** An expression that creates a file of its own when it is evaluated. */
    private String exploit(String label) {
        String file = markers.resolve(attempts.incrementAndGet() + "-" + label).toString();
        attempted.add(label);
        return "${''.getClass().forName('java.io.File').getConstructor(''.getClass()).newInstance('" + file
                + "').createNewFile()}";
    }

    private String runtimeExploit(String label) {
        String file = markers.resolve(attempts.incrementAndGet() + "-" + label).toString();
        attempted.add(label);
        return "${''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null).exec('touch " + file
                + "')}";
    }

    private static String orQuery(String field, String expression) {
        return "{\"orQueries\":[{\"" + field + "\":\"" + expression + "\"}]}";
    }

    private HttpResponse<String> post(String user, String rawPath, String body) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + rawPath))
                .header("Authorization", basic(user))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String user, String rawPath) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + rawPath))
                .header("Authorization", basic(user)).GET().build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
    }

    private String mineFilter() {
        return engine.getFilterService().createTaskFilterQuery().filterName("Mine oppgaver").singleResult().getId();
    }

    @Test
    void noSpellingOfATaskQueryPathRunsAnExpression() throws Exception {
        String filter = mineFilter();
        List<String> paths = List.of(
                "/engine-rest/task", "/engine-rest/task/", "/engine-rest/task/?maxResults=10",
                "//engine-rest//task", "/engine-rest//task/", "/engine-rest/./task",
                "/engine-rest/task;jsessionid=0123", "/engine-rest/task;x=y/", "/engine-rest/%74ask",
                "/engine-rest/task%2F", "/engine-rest/task.json", "/engine-rest/Task",
                "/engine-rest/task/count", "/engine-rest/task/count/", "/engine-rest/task/count;a=b",
                "/engine-rest/filter/" + filter + "/list", "/engine-rest/filter/" + filter + "/list/",
                "/engine-rest/filter/" + filter + "/list/?maxResults=5", "/engine-rest/filter/" + filter + "/count/",
                "/engine-rest/filter/" + filter + "/singleResult/", "/engine-rest/filter/" + filter + ";a=b/list");

        for (String path : paths) {
            for (String field : List.of("assigneeExpression", "candidateGroupsExpression", "dueBeforeExpression")) {
                var response = post("ola", path, orQuery(field, exploit(path + " " + field)));
                assertThat(response.statusCode()).as("%s with %s: %s", path, field, response.body()).isBetween(400, 499);
            }
            post("ola", path, orQuery("assigneeExpression", runtimeExploit(path)));
            // JSON may spell the dollar sign as \u0024 and the expression may start with #.
            post("ola", path, orQuery("assigneeExpression", exploit(path + " escaped").replace("$", "\\u0024")));
            post("ola", path, orQuery("assigneeExpression", exploit(path + " hash").replace("${", "#{")));
            post("ola", path, "{\"assigneeExpression\":\"" + exploit(path + " top") + "\"}");
        }
    }

    @Test
    void noQueryParameterRunsAnExpression() throws Exception {
        for (String path : List.of("/engine-rest/task", "/engine-rest/task/", "/engine-rest/task/count/",
                "/camunda/api/engine/engine/default/task")) {
            for (String parameter : List.of("assigneeExpression", "candidateGroupExpression", "dueAfterExpression")) {
                String value = URLEncoder.encode(exploit(path + " " + parameter), StandardCharsets.UTF_8);
                var response = get("ola", path + "?" + parameter + "=" + value);
                assertThat(response.statusCode()).as("%s?%s", path, parameter).isBetween(400, 499);
            }
        }
    }

    @Test
    void noTaskQueryFromTasklistsSessionRunsAnExpression() {
        WebappSession session = WebappSession.login(rest, "ola", "demo");
        String filter = mineFilter();
        for (String path : List.of("/camunda/api/engine/engine/default/task",
                "/camunda/api/engine/engine/default/task/", "/camunda/api/engine/engine/default/task/count/",
                "/camunda/api/engine/engine/default/filter/" + filter + "/list/",
                "/camunda/api/engine/engine/default/filter/" + filter + "/count")) {
            ResponseEntity<String> response = session.postJson(path + "?firstResult=0&maxResults=15",
                    orQuery("assigneeExpression", exploit("session " + path)));
            assertThat(response.getStatusCode().is4xxClientError()).as("%s: %s", path, response.getBody()).isTrue();
            assertThat(response.getBody()).as(path).contains("Expressions are not allowed");
        }
    }

    @Test
    void anAdministratorCannotStoreAFilterThatRunsCode() throws Exception {
        String body = "{\"resourceType\":\"Task\",\"name\":\"Innbrudd\",\"query\":"
                + orQuery("assigneeExpression", exploit("stored filter")) + "}";

        var response = post("admin", "/engine-rest/filter/create", body);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(engine.getFilterService().createTaskFilterQuery().filterName("Innbrudd").count()).isZero();
    }

    @Test
    void aStoredFilterMayUseTheQueryFunctions() throws Exception {
        String body = "{\"resourceType\":\"Task\",\"name\":\"Forfaller snart\",\"query\":"
                + "{\"dueBeforeExpression\":\"${dateTime().plusDays(2)}\",\"orQueries\":[{\"assigneeExpression\":"
                + "\"${currentUser()}\",\"candidateGroupsExpression\":\"${currentUserGroups()}\"}]}}";

        var created = post("admin", "/engine-rest/filter/create", body);
        try {
            assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
            String id = com.jayway.jsonpath.JsonPath.read(created.body(), "$.id");
            assertThat(post("admin", "/engine-rest/filter/" + id + "/count", "{}").statusCode()).isEqualTo(200);
        } finally {
            engine.getFilterService().createFilterQuery().filterName("Forfaller snart").list()
                    .forEach(f -> engine.getFilterService().deleteFilter(f.getId()));
        }
    }

    @Test
    void theEngineItselfRefusesReflectionWhateverTheRoute() {
        // Below the REST layer: a query made through the Java API with an expression in an or-query.
        var query = engine.getTaskService().createTaskQuery().or()
                .taskAssigneeExpression(exploit("java api")).endOr();

        assertThat(catchThrowable(query::list))
                .hasMessageContaining("Expressions are not allowed");
    }

    @Test
    void theSandboxRefusesReflectionAndTheEnginesInternalsInAModelsExpressions() {
        var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        var expressions = configuration.getExpressionManager();
        var scope = StartProcessVariableScope.getSharedInstance();

        Throwable reflection = catchThrowable(() -> configuration.getCommandExecutorTxRequired().execute(context ->
                expressions.createExpression(exploit("model scope")).getValue(scope)));
        Throwable engineInternals = catchThrowable(() -> configuration.getCommandExecutorTxRequired().execute(
                context -> expressions.createExpression("${dataSource.connection}").getValue(scope)));
        Object medvirkBean = configuration.getCommandExecutorTxRequired().execute(context ->
                expressions.createExpression("${prepareMeeting}").getValue(scope));

        assertThat(List.of(reflection, engineInternals)).allSatisfy(refusal ->
                assertThat(refusal).hasMessageContaining("Refused by Medvirk's expression sandbox"));
        assertThat(medvirkBean).isNotNull();
    }

    @Test
    void aFilterChangedBehindTheChecksStillOnlyReachesTheQueryFunctions() {
        var filters = engine.getFilterService();
        var filter = filters.newTaskFilter("Endret i databasen")
                .setQuery(engine.getTaskService().createTaskQuery().taskAssigneeExpression("${currentUser()}"));
        String id = filters.saveFilter(filter).getId();
        try {
            // As if someone wrote the database directly: the expression names a Medvirk bean.
            jdbc.update("update ACT_RU_FILTER set QUERY_ = replace(QUERY_, 'currentUser()', 'prepareMeeting') "
                    + "where ID_ = ?", id);

            assertThat(catchThrowable(() -> filters.list(id)))
                    .hasStackTraceContaining("a task query may only use currentUser()");
        } finally {
            filters.deleteFilter(id);
        }
    }

    @Test
    void anAdministratorCannotDeployAModelThatRunsCode() throws Exception {
        String reflecting = Bpmn.convertToString(Bpmn.createExecutableProcess("reflecting")
                .camundaHistoryTimeToLive(1).startEvent().serviceTask("Task_Reflect")
                .camundaExpression(exploit("model expression")).endEvent().done());
        String scripted = Bpmn.convertToString(Bpmn.createExecutableProcess("scripted")
                .camundaHistoryTimeToLive(1).startEvent().scriptTask("Task_Script").scriptFormat("juel")
                .scriptText(exploit("model script")).endEvent().done());
        var admin = rest.withBasicAuth("admin", "demo");

        for (var model : List.of(Map.entry("reflecting.bpmn", reflecting), Map.entry("scripted.bpmn", scripted))) {
            var response = admin.postForEntity("/engine-rest/deployment/create",
                    deployment("from-modeler", model.getKey(), model.getValue().getBytes(StandardCharsets.UTF_8)),
                    String.class);
            assertThat(response.getStatusCode().value()).as(model.getKey()).isEqualTo(400);
            assertThat(response.getBody()).contains(model.getKey());
        }
        assertThat(engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKeysIn("reflecting", "scripted").count()).isZero();
    }
}
