package no.medvirk.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import no.medvirk.MedvirkTest;
import no.medvirk.RestRequests;
import no.medvirk.engine.AsyncContinuations;
import no.medvirk.message.MessageRegistration.FirstStep;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * M1, M2: a registered message is routed in its registration's transaction, so the unit's task is there when
 * the 201 is; a routing that fails there leaves the message stored and the routing to the job executor.
 */
@MedvirkTest
class RegistrationFirstStepTests {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    RegistrationTransaction transaction;
    @Autowired
    MessageRegistration registration;
    @Autowired
    AsyncContinuations continuations;
    @Autowired
    Messages messages;
    @Autowired
    MessageCases cases;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    ManagementService managementService;
    @Autowired
    HistoryService historyService;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    ProcessEngine engine;

    private final List<String> caseNumbers = new ArrayList<>();
    private final List<String> deployments = new ArrayList<>();

    @BeforeEach
    void assertionsOnThisEngine() {
        BpmnAwareTests.init(engine);
    }

    @AfterEach
    void end() {
        cases.end(caseNumbers);
        deployments.forEach(id -> repositoryService.deleteDeployment(id, true));
    }

    @Test
    void aMessageRegisteredThroughTheApiIsWithItsUnitWhenTheAnswerComes() {
        ResponseEntity<Map> registered = rest.withBasicAuth("servicesenter", "demo").postForEntity("/api/messages",
                RestRequests.json(Map.of("channel", "PHONE", "text", "Hullet i Storgata er dypt.", "kind", "COMPLAINT",
                        "subjectArea", "Vei og trafikk", "political", false, "external", false,
                        "submitter", Map.of("name", "Rask Innmelder", "phone", "912 34 567"))), Map.class);
        assertThat(registered.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String caseNumber = (String) registered.getBody().get("caseNumber");
        caseNumbers.add(caseNumber);

        ProcessInstance instance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
                .singleResult();
        // Routed before the answer: no job left for the job executor, the unit leaders' task waiting.
        assertThat(instance).isWaitingAt("Task_AssignCaseworker").hasNotPassed("Task_RegisterMessage");
        assertThat(managementService.createJobQuery().processInstanceId(instance.getId()).messages().count()).isZero();
        assertThat(taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult().getName())
                .isEqualTo("Fordel melding");
        Message message = messages.get(caseNumber);
        assertThat(message.getRoutedTo()).isEqualTo(RoutedTo.UNIT);
        assertThat(message.getUnitCode()).isEqualTo("vei");
        // As the job executor runs it: the routing step ran, no user is noted as having run it, and the job log,
        // which keeps failures only, has nothing.
        assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
                .activityId("Task_RouteMessage").finished().count()).isOne();
        assertThat(historyService.createHistoricJobLogQuery().processInstanceId(instance.getId()).count()).isZero();
        assertThat(historyService.createUserOperationLogQuery().processInstanceId(instance.getId())
                .operationType("Execute").count()).isZero();
    }

    @Test
    void aRegistrationWhoseFirstStepFailsIsRegisteredAgainAndTheStepLeftToTheJobExecutor() {
        deployments.add(repositoryService.createDeployment().addModelInstance("fails-at-once.bpmn",
                Bpmn.createExecutableProcess("test-fails-at-once").camundaHistoryTimeToLive(1)
                        .startEvent()
                        .serviceTask("Task_Fails").camundaAsyncBefore().camundaExpression("${'ikke et tall' + 1}")
                        .endEvent().done()).deploy().getId());
        List<FirstStep> attempts = new ArrayList<>();
        MessageInput input = new MessageInput("PHONE", null, "Lyset i Kirkestredet er ute.", "COMPLAINT", "Gatelys",
                false, false, null);

        Message message = transaction.run(firstStep -> {
            attempts.add(firstStep);
            Message registered = registration.register(input, firstStep);
            String failing = runtimeService.startProcessInstanceByKey("test-fails-at-once", registered.getCaseNumber())
                    .getId();
            if (firstStep == FirstStep.AT_ONCE) {
                continuations.runDue(failing);
            }
            return registered;
        });
        caseNumbers.add(message.getCaseNumber());

        assertThat(attempts).containsExactly(FirstStep.AT_ONCE, FirstStep.BY_THE_JOB_EXECUTOR);
        // Stored once, with the number the failed attempt had taken and given back.
        assertThat(messages.findAll()).filteredOn(m -> m.getText().equals(input.text())).singleElement()
                .extracting(Message::getCaseNumber).isEqualTo(message.getCaseNumber());
        // Both continuations are left to the job executor, untouched: three tries and then an incident.
        List<Job> left = managementService.createJobQuery().processInstanceIds(runtimeService.createProcessInstanceQuery()
                .processInstanceBusinessKey(message.getCaseNumber()).list().stream().map(ProcessInstance::getId)
                .collect(Collectors.toSet())).list();
        assertThat(left).hasSize(2).allSatisfy(job -> {
            assertThat(job.getRetries()).isEqualTo(3);
            assertThat(job.getExceptionMessage()).isNull();
        });
        String failing = runtimeService.createProcessInstanceQuery().processDefinitionKey("test-fails-at-once")
                .processInstanceBusinessKey(message.getCaseNumber()).singleResult().getId();
        Job job = managementService.createJobQuery().processInstanceId(failing).singleResult();
        for (int run = 0; run < 3; run++) {
            try {
                managementService.executeJob(job.getId());
            } catch (RuntimeException expected) {
                // the step fails each time
            }
        }
        assertThat(runtimeService.createIncidentQuery().processInstanceId(failing).singleResult().getIncidentMessage())
                .contains("ikke et tall");
        // The job log keeps the failures, each with its stack trace, and nothing else of the job.
        assertThat(historyService.createHistoricJobLogQuery().processInstanceId(failing).list()).hasSize(3)
                .allSatisfy(entry -> {
                    assertThat(entry.isFailureLog()).isTrue();
                    assertThat(historyService.getHistoricJobLogExceptionStacktrace(entry.getId()))
                            .contains("ikke et tall");
                });
    }
}
