package no.medvirk.message;

import static no.medvirk.RestRequests.form;
import static no.medvirk.RestRequests.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import no.medvirk.MedvirkTest;
import no.medvirk.UnitTasks;
import no.medvirk.WebappSession;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * A task takes only the fields of its form, whichever way it is completed: over REST (complete,
 * submit-form, a BPMN error), through Tasklist's own API, from Java. A caseworker cannot send a case
 * to another unit by adding {@code unitCode} to the form's values.
 */
@MedvirkTest
class OnlyTheFormsFieldsTests {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ProcessEngine engine;
    @Autowired
    MessageCases cases;
    @Autowired
    Messages messages;

    private final List<String> caseNumbers = new ArrayList<>();

    @AfterEach
    void endCases() {
        cases.end(caseNumbers);
    }

    @Test
    void aVariableTheFormDoesNotHaveIsRefusedOnEveryRouteAndChangesNothing() throws Exception {
        Task task = handOutTask();
        var vegleder = rest.withBasicAuth("vegleder", "demo");
        String path = "/engine-rest/task/" + task.getId();
        Map<String, String> rerouted = Map.of("caseworker", "kari", "unitCode", "barnehage");

        for (ResponseEntity<String> response : List.of(
                vegleder.postForEntity(path + "/complete", form(rerouted), String.class),
                vegleder.postForEntity(path + "/submit-form", form(rerouted), String.class),
                vegleder.postForEntity(path + "/bpmnError", json(Map.of("errorCode", "omruting",
                        "variables", Map.of("unitCode", Map.of("value", "barnehage")))), String.class),
                WebappSession.login(rest, "vegleder", "demo").postJson("/camunda/api/engine/engine/default/task/"
                        + task.getId() + "/submit-form", JSON.writeValueAsString(form(rerouted).getBody())))) {
            assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(JSON.readTree(response.getBody()).get("message").asText())
                    .endsWith("Oppgaven tar bare imot feltene i skjemaet sitt, og skjemaet har ikke feltet «unitCode».");
        }
        assertThatThrownBy(() -> engine.getTaskService().complete(task.getId(),
                Map.of("caseworker", "kari", "routedTo", "MAYOR", "unitCode", "barnehage")))
                .isInstanceOf(FormFieldValidationException.class)
                .hasMessageEndingWith("skjemaet har ikke feltene «routedTo», «unitCode».");

        assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).count()).isOne();
        assertThat(engine.getRuntimeService().getVariable(task.getProcessInstanceId(), "unitCode")).isEqualTo("vei");
        assertThat(messages.get(caseNumbers.get(0)).getCaseworker()).isNull();

        assertThat(vegleder.postForEntity(path + "/submit-form", form(Map.of("caseworker", "kari")), String.class)
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(messages.get(caseNumbers.get(0)).getCaseworker()).isEqualTo("kari");
    }

    @Test
    void aFieldTheFormOnlyShowsIsNoFieldToSubmit() throws Exception {
        Task task = handOutTask();

        // The hand-out form shows the subject area, disabled: Tasklist never submits it.
        ResponseEntity<String> response = rest.withBasicAuth("vegleder", "demo").postForEntity("/engine-rest/task/"
                + task.getId() + "/complete", form(Map.of("caseworker", "kari", "subjectArea", "Barnehage")), String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(JSON.readTree(response.getBody()).get("message").asText()).endsWith("feltet «subjectArea».");
    }

    @Test
    void aNameThatIsNoPlainNameIsNotSaidBack() {
        Task task = handOutTask();

        assertThatThrownBy(() -> engine.getTaskService().complete(task.getId(), Map.of("caseworker", "kari",
                "Gudrun Ørnelundsen, 912 34 567", "x")))
                .isInstanceOf(FormFieldValidationException.class)
                .hasMessage("Oppgaven tar bare imot feltene i skjemaet sitt, og forespørselen har felt som skjemaet "
                        + "ikke har.");
    }

    @Test
    void aTaskWithoutAFormTakesNoVariables() {
        try (UnitTasks unitTasks = new UnitTasks(engine)) {
            Task task = unitTasks.start("vei", new Date());

            assertThatThrownBy(() -> engine.getTaskService().complete(task.getId(), Map.of("unitCode", "barnehage")))
                    .isInstanceOf(FormFieldValidationException.class)
                    .hasMessage("Oppgaven har ikke noe skjema med felt, og kan ikke fullføres med verdier.");
            engine.getTaskService().complete(task.getId());
            assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).count()).isZero();
        }
    }

    /** A registered message's "Fordel melding", for the leaders of Vei, park og idrett. */
    private Task handOutTask() {
        Task task = cases.handOutTask(caseNumbers);
        assertThat(task.getTaskDefinitionKey()).isEqualTo("Task_AssignCaseworker");
        return task;
    }
}
