package no.medvirk.engine;

import static no.medvirk.RestRequests.deployment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import no.medvirk.MedvirkTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.Resource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

@MedvirkTest
class ProcessesDeploymentTests {

    @Autowired
    ProcessesDeployment processesDeployment;
    @Autowired
    ProcessEngine engine;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    ListableBeanFactory beans;
    @Autowired
    ObjectProvider<KnownGroups> knownGroups;
    @Autowired
    TestRestTemplate rest;

    List<String> before;

    @BeforeEach
    void rememberDeployments() {
        before = deploymentIds();
    }

    @AfterEach
    void deleteNewDeployments() {
        deploymentIds().stream().filter(id -> !before.contains(id))
                .forEach(id -> repositoryService.deleteDeployment(id, true));
    }

    @Test
    void shouldReadTheFolderWithStableRelativeNames(@TempDir Path folder) throws IOException {
        Files.createDirectories(folder.resolve("forms"));
        Files.writeString(folder.resolve("a.bpmn"), model("test-a"));
        Files.writeString(folder.resolve("forms/call-submitter.form"), "{\"id\": \"call-submitter\"}");
        Files.writeString(folder.resolve("notes.txt"), "not a model");

        assertThat(ProcessesDeployment.readFolder(folder)).containsOnlyKeys("a.bpmn", "forms/call-submitter.form");
    }

    @Test
    void shouldDeployOnlyWhenAModelChangedAndThenEveryFileTogether() {
        Map<String, byte[]> files = new TreeMap<>(Map.of(
                "a.bpmn", bytes(model("test-a")),
                "b.bpmn", bytes(model("test-b"))));

        processesDeployment.deploy(engine, files);
        processesDeployment.deploy(engine, files);
        assertThat(newDeployments()).hasSize(1);

        files.put("b.bpmn", bytes(model("test-b").replace("P30D", "P60D")));
        processesDeployment.deploy(engine, files);

        List<Deployment> deployments = newDeployments();
        assertThat(deployments).hasSize(2).allSatisfy(d -> assertThat(d.getName()).isEqualTo("processes"));
        String latest = deployments.get(deployments.size() - 1).getId();
        assertThat(repositoryService.getDeploymentResources(latest)).extracting(Resource::getName)
                .containsExactlyInAnyOrder("a.bpmn", "b.bpmn");
    }

    @Test
    void shouldRefuseABrokenModelAndDeployNothing() {
        var files = Map.of("broken.bpmn", bytes(model("test-broken").replace("camunda:historyTimeToLive=\"P30D\"", "")));

        assertThatThrownBy(() -> processesDeployment.deploy(engine, files))
                .isInstanceOf(InvalidProcessModelException.class)
                .hasMessageContaining("broken.bpmn, «Testoppgave for enhet» (test-broken): mangler historikktid");
        assertThat(newDeployments()).isEmpty();
    }

    @Test
    void shouldServeThePackagedCopyWhenTheFolderIsAbsent() {
        var elsewhere = new ProcessesDeployment(Path.of("no-such-folder"), beans, knownGroups, false);

        assertThat(elsewhere.readModels()).containsOnlyKeys(ProcessesDeployment.readFolder(Path.of("processes")).keySet());
    }

    @Test
    void shouldRefuseABrokenModelFromModelerWithItsProblem() {
        byte[] model = bytes(model("test-modeler").replace("unit-${unitCode}", "nobody"));

        var response = rest.withBasicAuth("admin", "demo").postForEntity("/engine-rest/deployment/create",
                deployment("from-modeler", "modeler.bpmn", model), String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody()).contains("modeler.bpmn, «Behandle» (Task_Handle): gruppen «nobody» finnes ikke");
    }

    @Test
    void shouldRefuseFromModelerWhatWouldBreakWhenACaseGetsThere() throws IOException {
        // A process owner's typical slips in the real model: a timer in words, a condition with a typo.
        String lifecycle = Files.readString(Path.of("processes/message-lifecycle.bpmn"))
                .replaceFirst("\\$\\{reached}", "\\${reachd}");
        var files = new java.util.LinkedHashMap<String, byte[]>(ProcessesDeployment.readFolder(Path.of("processes")));
        files.put("message-lifecycle.bpmn", bytes(lifecycle));

        assertThat(processesDeployment.problemsIn(files)).extracting(ModelProblem::toString).singleElement()
                .asString().contains("message-lifecycle.bpmn, «Ja» (", "uttrykket «${reachd}» bruker «reachd», som "
                        + "prosessen aldri setter og som ikke er et av Medvirks steg. Mente du «reached»?");
    }

    @Test
    void shouldFillFormOptionsAlsoInADeploymentFromModeler() throws IOException {
        var deployment = repositoryService.createDeployment().name("from-modeler");
        for (String file : List.of("message-routing.dmn", "forms/register-message.form")) {
            deployment.addInputStream(file, Files.newInputStream(Path.of("processes", file)));
        }

        String id = deployment.deploy().getId();

        String stored = new String(repositoryService.getResourceAsStream(id, "forms/register-message.form")
                .readAllBytes(), StandardCharsets.UTF_8);
        assertThat(stored).contains("\"value\" : \"Gatelys\"");
    }

    private List<Deployment> newDeployments() {
        return repositoryService.createDeploymentQuery().orderByDeploymentTime().asc().list().stream()
                .filter(d -> !before.contains(d.getId())).toList();
    }

    private List<String> deploymentIds() {
        return repositoryService.createDeploymentQuery().list().stream().map(Deployment::getId).toList();
    }

    /** The test model of models/unit-task.bpmn under another process id. */
    private static String model(String processId) {
        try (var in = ProcessesDeploymentTests.class.getResourceAsStream("/models/unit-task.bpmn")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("test-unit-task", processId);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
