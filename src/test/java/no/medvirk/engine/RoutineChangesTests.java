package no.medvirk.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.medvirk.MedvirkTest;
import no.medvirk.message.MessageCases;
import no.medvirk.message.MessageInput;
import no.medvirk.message.Messages;
import no.medvirk.message.MessageInput.SubmitterInput;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.repository.Deployment;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/**
 * A process owner changes the routine in Camunda Modeler and deploys it from there: Modeler sends only
 * the changed file; the routine is deployed whole, live, and the running cases move to the new version
 * where they can.
 */
@MedvirkTest
@ExtendWith(OutputCaptureExtension.class)
class RoutineChangesTests {

    private static final Path LIFECYCLE = Path.of("processes/message-lifecycle.bpmn");

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ProcessEngine engine;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    ManagementService managementService;
    @Autowired
    MessageCases cases;
    @Autowired
    ProcessesDeployment processesDeployment;
    @Autowired
    Messages messages;

    List<String> before;
    final List<String> caseNumbers = new ArrayList<>();

    @BeforeEach
    void rememberDeployments() {
        before = deploymentIds();
    }

    @AfterEach
    void deleteNewDeployments() {
        cases.end(caseNumbers);
        deploymentIds().stream().filter(id -> !before.contains(id))
                .forEach(id -> repositoryService.deleteDeployment(id, true));
    }

    @Test
    void aModelerDeploymentOfOneChangedFileDeploysTheWholeRoutine() throws IOException {
        String changed = Files.readString(LIFECYCLE).replace("name=\"Ring innmelder\"", "name=\"Ring innmelderen\"");

        ResponseEntity<String> response = fromModeler("message-lifecycle.bpmn", changed);

        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
        Deployment deployment = newest();
        assertThat(deployment.getName()).isEqualTo(ProcessesDeployment.NAME);
        assertThat(deployment.getSource()).isEqualTo("Camunda Modeler");
        assertThat(repositoryService.getDeploymentResourceNames(deployment.getId()))
                .containsExactlyInAnyOrderElementsOf(ProcessesDeployment.readFolder(Path.of("processes")).keySet());
        // Every process, decision and form of the routine in the same deployment, so each finds the others.
        assertThat(repositoryService.createProcessDefinitionQuery().deploymentId(deployment.getId()).list())
                .extracting(d -> d.getKey()).contains("message-lifecycle", "weekly-due-lists", "dialogue-cycle");
        assertThat(repositoryService.createDecisionDefinitionQuery().deploymentId(deployment.getId())
                .decisionDefinitionKey("message-routing").count()).isOne();
        String caseNumber = registered();
        assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(caseNumber).singleResult()
                .getName()).isEqualTo("Ring innmelderen");
    }

    @Test
    void aRestartKeepsTheNewerModelerVersionAndSaysWhichFilesAreOlder(CapturedOutput output) throws IOException {
        fromModeler("message-lifecycle.bpmn", Files.readString(LIFECYCLE)
                .replace("name=\"Ring innmelder\"", "name=\"Ring innmelderen\""));
        String fromModeler = newest().getId();

        processesDeployment.deploy(engine, ProcessesDeployment.readFolder(Path.of("processes")));

        assertThat(newest().getId()).isEqualTo(fromModeler);
        assertThat(output).contains("is newer than", "message-lifecycle.bpmn");
    }

    @Test
    void aChangedFolderReplacesAnOlderModelerVersion(CapturedOutput output) throws IOException {
        fromModeler("message-lifecycle.bpmn", Files.readString(LIFECYCLE)
                .replace("name=\"Ring innmelder\"", "name=\"Ring innmelderen\""));
        var folder = new java.util.TreeMap<>(ProcessesDeployment.readFolder(Path.of("processes")));
        folder.put("message-lifecycle.bpmn", Files.readString(LIFECYCLE)
                .replace("name=\"Ring innmelder\"", "name=\"Ring opp innmelder\"").getBytes(StandardCharsets.UTF_8));

        processesDeployment.deploy(engine, folder);

        assertThat(newest().getSource()).isEqualTo(ProcessesDeployment.SOURCE);
        assertThat(output).contains("changed since it was last deployed: it replaces the routine deployed from Camunda Modeler");
    }

    @Test
    void runningCasesMoveToTheNewVersionWhereTheyCan() throws IOException {
        String caseNumber = registered();
        String instance = cases.instanceOf(caseNumber);

        fromModeler("message-lifecycle.bpmn", Files.readString(LIFECYCLE)
                .replace("name=\"Ring innmelder\"", "name=\"Ring innmelderen\""));
        runBatches();

        String newDefinition = repositoryService.createProcessDefinitionQuery().deploymentId(newest().getId())
                .processDefinitionKey("message-lifecycle").singleResult().getId();
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance).singleResult()
                .getProcessDefinitionId()).isEqualTo(newDefinition);
        var latest = rest.withBasicAuth("admin", "demo").getForObject("/api/process-changes/latest", Map.class);
        assertThat(latest.get("deploymentId")).isEqualTo(newest().getId());
        assertThat(latest.toString()).contains("message-lifecycle").doesNotContain(caseNumber);
    }

    @Test
    void aCaseWaitingInAStepTheNewVersionDropsStaysAndIsListedWithTheReason() throws IOException {
        String caseNumber = registered();
        String instance = cases.instanceOf(caseNumber);
        String oldDefinition = engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance)
                .singleResult().getProcessDefinitionId();

        fromModeler("message-lifecycle.bpmn", Files.readString(LIFECYCLE).replace("Task_CallSubmitter", "Task_PhoneSubmitter"));
        runBatches();

        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance).singleResult()
                .getProcessDefinitionId()).isEqualTo(oldDefinition);
        var latest = rest.withBasicAuth("admin", "demo").getForObject("/api/process-changes/latest", String.class);
        assertThat(latest).contains(caseNumber, "saken venter i «Ring innmelder» (Task_CallSubmitter), som ikke finnes i "
                + "den nye versjonen");
        assertThat(rest.withBasicAuth("kari", "demo").getForEntity("/api/process-changes/latest", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void aSubjectAreaAddedToTheRoutingTableIsOfferedAndRoutedAtOnce() throws IOException {
        String table = Files.readString(Path.of("processes/message-routing.dmn"))
                .replace("\"Parker og friområder\",", "\"Parker og friområder\",\"Søppel i parken\",");

        ResponseEntity<String> response = fromModeler("message-routing.dmn", table);

        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(rest.getForObject("/melding", String.class))
                .contains("<option value=\"Søppel i parken\">Søppel i parken</option>");
        assertThat(rest.getForObject("/open311/v2/services.json", String.class)).contains("\"Søppel i parken\"");
        String caseNumber = cases.assigned(new MessageInput("PHONE", null, "Søppelkassene i parken er fulle.",
                "COMPLAINT", "Søppel i parken", false, false, new SubmitterInput("Test Testesen", null, "912 34 567",
                        null)), "kari");
        caseNumbers.add(caseNumber);
        assertThat(messages.findByCaseNumber(caseNumber).orElseThrow().getUnitCode()).isEqualTo("vei");
    }

    /** A message waiting in Kari's "Ring innmelder". */
    private String registered() {
        String caseNumber = cases.assigned(new MessageInput("PHONE", null, "Gatelyset ved skolen er mørkt.",
                "COMPLAINT", "Vei og trafikk", false, false, new SubmitterInput("Test Testesen", null, "912 34 567",
                        null)), "kari");
        caseNumbers.add(caseNumber);
        return caseNumber;
    }

    /** What Camunda Modeler sends when a process owner deploys: the changed file only. */
    private ResponseEntity<String> fromModeler(String fileName, String content) {
        var parts = new LinkedMultiValueMap<String, Object>();
        parts.add("deployment-name", fileName.replaceAll("\\.[a-z]+$", ""));
        parts.add("deployment-source", "Camunda Modeler");
        parts.add("deploy-changed-only", "true");
        parts.add("data", new ByteArrayResource(content.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return fileName;
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return rest.withBasicAuth("admin", "demo").postForEntity("/engine-rest/deployment/create",
                new HttpEntity<>(parts, headers), String.class);
    }

    /** The job executor's part in the tests: the migration batches' jobs, until the batches are done. */
    private void runBatches() {
        for (int round = 0; round < 10 && managementService.createBatchQuery().count() > 0; round++) {
            for (Batch batch : managementService.createBatchQuery().list()) {
                for (String definition : List.of(batch.getSeedJobDefinitionId(), batch.getBatchJobDefinitionId(),
                        batch.getMonitorJobDefinitionId())) {
                    managementService.createJobQuery().jobDefinitionId(definition).list()
                            .forEach(job -> managementService.executeJob(job.getId()));
                }
            }
        }
        assertThat(managementService.createBatchQuery().count()).as("batches left").isZero();
    }

    private Deployment newest() {
        return repositoryService.createDeploymentQuery().orderByDeploymentTime().desc().listPage(0, 1).get(0);
    }

    private List<String> deploymentIds() {
        return repositoryService.createDeploymentQuery().list().stream().map(Deployment::getId).toList();
    }
}
