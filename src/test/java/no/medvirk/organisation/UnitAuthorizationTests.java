package no.medvirk.organisation;

import static no.medvirk.RestRequests.deployment;
import static no.medvirk.RestRequests.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import no.medvirk.MedvirkTest;
import no.medvirk.UnitTasks;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpStatus;

/** A caseworker sees and works on the tasks of their own units only. */
@MedvirkTest
class UnitAuthorizationTests {

    @Autowired
    ProcessEngine engine;
    @Autowired
    TaskService taskService;
    @Autowired
    IdentityService identityService;
    @Autowired
    TestRestTemplate rest;

    UnitTasks unitTasks;
    Task veiTask;

    @BeforeEach
    void startVeiTask() {
        unitTasks = new UnitTasks(engine);
        veiTask = unitTasks.start("vei", Date.from(Instant.now().plus(3, ChronoUnit.DAYS)));
    }

    @AfterEach
    void cleanUp() {
        identityService.clearAuthentication();
        unitTasks.close();
    }

    @Test
    void shouldHideAUnitsTaskFromACaseworkerOfAnotherUnitInTheEngine() {
        actAs("ola");

        assertThat(taskService.createTaskQuery().taskId(veiTask.getId()).count()).isZero();
        assertThatThrownBy(() -> taskService.complete(veiTask.getId())).isInstanceOf(AuthorizationException.class);
        assertThatThrownBy(() -> taskService.claim(veiTask.getId(), "ola")).isInstanceOf(AuthorizationException.class);
    }

    @Test
    void shouldLetACaseworkerOfTheUnitWorkOnItInTheEngine() {
        actAs("kari");

        assertThat(taskService.createTaskQuery().taskId(veiTask.getId()).count()).isOne();
        taskService.claim(veiTask.getId(), "kari");
        taskService.complete(veiTask.getId());

        identityService.clearAuthentication();
        assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery().taskId(veiTask.getId())
                .singleResult().getAssignee()).isEqualTo("kari");
    }

    @Test
    void shouldHideAUnitsTaskFromACaseworkerOfAnotherUnitOverRest() {
        var ola = rest.withBasicAuth("ola", "demo");

        var list = ola.getForEntity("/engine-rest/task?firstResult=0&maxResults=100", String.class);
        var complete = ola.postForEntity("/engine-rest/task/" + veiTask.getId() + "/complete", json(Map.of()), String.class);

        assertThat(list.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(list.getBody()).doesNotContain(veiTask.getId());
        assertThat(complete.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(taskService.createTaskQuery().taskId(veiTask.getId()).count()).isOne();
    }

    @Test
    void shouldLetACaseworkerOfTheUnitSeeItOverRest() {
        var list = rest.withBasicAuth("kari", "demo")
                .getForEntity("/engine-rest/task?firstResult=0&maxResults=100", String.class);

        assertThat(list.getBody()).contains(veiTask.getId());
    }

    @Test
    void shouldLetOnlyAdministratorsDeploy() throws IOException {
        byte[] model = new ClassPathResource("models/unit-task.bpmn").getContentAsByteArray();
        var kari = rest.withBasicAuth("kari", "demo").postForEntity("/engine-rest/deployment/create",
                deployment("from-modeler", "unit-task.bpmn", model), String.class);
        var admin = rest.withBasicAuth("admin", "demo").postForEntity("/engine-rest/deployment/create",
                deployment("from-modeler", "unit-task.bpmn", model), String.class);

        assertThat(kari.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(admin.getStatusCode()).isEqualTo(HttpStatus.OK);
        engine.getRepositoryService().createDeploymentQuery().deploymentName("from-modeler").list()
                .forEach(d -> engine.getRepositoryService().deleteDeployment(d.getId(), true));
    }

    private void actAs(String userId) {
        List<String> groups = identityService.createGroupQuery().groupMember(userId).list().stream()
                .map(Group::getId).toList();
        identityService.setAuthentication(userId, groups);
    }
}
