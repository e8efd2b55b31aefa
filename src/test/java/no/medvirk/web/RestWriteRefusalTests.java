package no.medvirk.web;

import static no.medvirk.RestRequests.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.medvirk.MedvirkTest;
import no.medvirk.message.MessageCases;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * What the demo users may try over Camunda's REST API on work that is not theirs, or that the
 * processes do not allow: each is refused with 4xx and a reason, never 500, and changes nothing.
 */
@MedvirkTest
@ExtendWith(OutputCaptureExtension.class)
class RestWriteRefusalTests {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ProcessEngine engine;
    @Autowired
    MessageCases cases;

    private final List<String> caseNumbers = new ArrayList<>();

    @AfterEach
    void endCases() {
        cases.end(caseNumbers);
    }

    @Test
    void startingAProcessWithoutItsVariablesIsRefusedWithTheFormsMessage() throws Exception {
        long before = engine.getRuntimeService().createProcessInstanceQuery().count();

        assertRefused(start("sekretar", "dialogue-cycle", Map.of()), HttpStatus.BAD_REQUEST, "Skriv året.");
        assertRefused(start("sekretar", "dialogue-cycle", Map.of(
                "year", Map.of("value", "2031"))), HttpStatus.BAD_REQUEST, "Skriv året som et helt tall, for eksempel 2027.");
        assertRefused(start("sekretar", "dialogue-meeting-request", Map.of()), HttpStatus.BAD_REQUEST,
                "Skriv hvem som ber om møtet, temaet og ønsket tidsrom.");
        assertRefused(start("admin", "dialogue-meeting", Map.of()), HttpStatus.BAD_REQUEST,
                "Et dialogmøte startes fra årets plan eller fra en forespørsel om dialogmøte, ikke for seg selv.");
        ResponseEntity<String> message = start("servicesenter", "message-lifecycle", Map.of());
        assertThat(message.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(JSON.readTree(message.getBody()).get("message").asText()).contains("Skriv inn meldingen.");

        assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).isEqualTo(before);
    }

    @Test
    void anotherUnitsTaskIsRefusedWith403AndStaysAsItWas() {
        Task task = handOutTask();
        var ola = rest.withBasicAuth("ola", "demo");
        String path = "/engine-rest/task/" + task.getId();
        String instance = "/engine-rest/process-instance/" + task.getProcessInstanceId();

        for (ResponseEntity<String> response : List.of(
                ola.postForEntity(path + "/claim", json(Map.of("userId", "ola")), String.class),
                ola.postForEntity(path + "/assignee", json(Map.of("userId", "ola")), String.class),
                ola.postForEntity(path + "/complete", json(Map.of("variables", Map.of())), String.class),
                ola.postForEntity(path + "/submit-form", json(Map.of("variables",
                        Map.of("caseworker", Map.of("value", "ola")))), String.class),
                ola.exchange(path + "/variables/x", HttpMethod.PUT, json(Map.of("value", "y", "type", "String")), String.class),
                ola.exchange(instance + "/variables/x", HttpMethod.PUT, json(Map.of("value", "y", "type", "String")),
                        String.class),
                ola.exchange(instance, HttpMethod.DELETE, null, String.class))) {
            assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(response.getBody()).contains("AuthorizationException");
        }

        Task after = engine.getTaskService().createTaskQuery().taskId(task.getId()).singleResult();
        assertThat(after.getAssignee()).isNull();
        assertThat(engine.getRuntimeService().getVariable(task.getProcessInstanceId(), "x")).isNull();
    }

    @Test
    void aTaskOfAProcessIsNeverDeletedOnItsOwn(CapturedOutput output) {
        Task task = handOutTask();

        for (String user : List.of("ola", "vegleder")) {
            ResponseEntity<String> refused = rest.withBasicAuth(user, "demo")
                    .exchange("/engine-rest/task/" + task.getId(), HttpMethod.DELETE, null, String.class);

            assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(refused.getBody()).contains("BadUserRequestException", "part of a running process");
        }
        assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).count()).isOne();
        assertThat(output.getAll()).doesNotContain("ENGINE-16004");
    }

    @Test
    void anEscalationOrErrorNoEventCatchesIsRefusedAndTheCaseGoesOn() {
        Task task = handOutTask();
        var vegleder = rest.withBasicAuth("vegleder", "demo");

        ResponseEntity<String> escalation = vegleder.postForEntity("/engine-rest/task/" + task.getId() + "/bpmnEscalation",
                json(Map.of("escalationCode", "ingen")), String.class);
        ResponseEntity<String> error = vegleder.postForEntity("/engine-rest/task/" + task.getId() + "/bpmnError",
                json(Map.of("errorCode", "ingen")), String.class);

        assertThat(escalation.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(escalation.getBody()).contains("no escalation handler");
        // Without a catching event the engine used to end the citizen's case, silently.
        assertThat(error.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(error.getBody()).contains("no error handler");
        assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).count()).isOne();
    }

    @Test
    void aTaskThatIsNoLongerThereIsNotFound() throws Exception {
        Task task = handOutTask();
        engine.getTaskService().complete(task.getId(), Map.of("caseworker", "kari"));
        var vegleder = rest.withBasicAuth("vegleder", "demo");
        String path = "/engine-rest/task/" + task.getId();

        for (ResponseEntity<String> response : List.of(
                vegleder.postForEntity(path + "/claim", json(Map.of("userId", "vegleder")), String.class),
                vegleder.postForEntity(path + "/complete", json(Map.of("variables", Map.of())), String.class),
                vegleder.postForEntity(path + "/submit-form", json(Map.of("variables",
                        Map.of("caseworker", Map.of("value", "kari")))), String.class),
                vegleder.exchange(path + "/variables/x", HttpMethod.PUT, json(Map.of("value", "y", "type", "String")),
                        String.class))) {
            assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
            assertThat(JSON.readTree(response.getBody()).get("message").asText()).contains(task.getId());
        }
    }

    /** A registered message's "Fordel melding", for the leaders of Vei, park og idrett. */
    private Task handOutTask() {
        Task task = cases.handOutTask(caseNumbers);
        assertThat(task.getTaskDefinitionKey()).isEqualTo("Task_AssignCaseworker");
        return task;
    }

    private ResponseEntity<String> start(String user, String process, Map<String, Object> variables) {
        return rest.withBasicAuth(user, "demo").postForEntity("/engine-rest/process-definition/key/" + process + "/start",
                json(Map.of("variables", variables)), String.class);
    }

    private static void assertRefused(ResponseEntity<String> response, HttpStatus status, String message) throws Exception {
        assertThat(response.getStatusCode()).isEqualTo(status);
        JsonNode body = JSON.readTree(response.getBody());
        assertThat(body.get("type").asText()).isEqualTo("FormFieldValidationException");
        assertThat(body.get("message").asText()).isEqualTo(message);
    }
}
