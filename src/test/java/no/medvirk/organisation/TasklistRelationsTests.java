package no.medvirk.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;
import java.util.List;
import no.medvirk.MedvirkTest;
import no.medvirk.UnitTasks;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.hal.Hal;
import org.camunda.bpm.engine.rest.hal.processDefinition.HalProcessDefinition;
import org.camunda.bpm.engine.rest.hal.user.HalUser;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

/** What a Tasklist list embeds (assignee, process definition) is kept for the next list. */
@MedvirkTest
class TasklistRelationsTests {

    @Autowired
    ProcessEngine engine;
    @Autowired
    TestRestTemplate rest;

    @Test
    void shouldKeepTheEmbeddedAssigneeAndDefinitionOfAList() {
        try (UnitTasks tasks = new UnitTasks(engine)) {
            Task task = tasks.start("vei", new Date());
            engine.getTaskService().setAssignee(task.getId(), "kari");
            HttpHeaders headers = new HttpHeaders();
            headers.setAccept(List.of(MediaType.parseMediaType(Hal.APPLICATION_HAL_JSON)));

            var list = rest.withBasicAuth("kari", "demo").exchange("/engine-rest/task?assignee=kari&maxResults=15",
                    HttpMethod.GET, new HttpEntity<>(headers), String.class);

            assertThat(list.getStatusCode().value()).isEqualTo(200);
            assertThat(list.getBody()).contains("\"assignee\":[{").contains("\"id\":\"kari\"");
            assertThat(Hal.getInstance().getHalRelationCache(HalUser.class).get("kari")).isNotNull();
            assertThat(Hal.getInstance().getHalRelationCache(HalProcessDefinition.class)
                    .get(task.getProcessDefinitionId())).isNotNull();
        }
    }
}
