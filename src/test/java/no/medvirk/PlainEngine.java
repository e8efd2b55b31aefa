package no.medvirk;

import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.model.bpmn.Bpmn;

/**
 * A Camunda engine of its own for the single-model process tests ({@code *ModelTest}): in memory,
 * started once for all of them, without Spring or Medvirk's beans, which {@link ModelBeans} stands in
 * for. Each test deploys the model's real files from processes/ with {@code @Deployment}; the
 * extension removes them, and resets the engine clock, after each test.
 */
public final class PlainEngine {

    private PlainEngine() {
    }

    /** For a test class's {@code @RegisterExtension static} field. */
    public static ProcessEngineExtension extension() {
        return ProcessEngineExtension.builder().configurationResource("camunda-plain.cfg.xml").build();
    }

    /**
     * A stand-in for the process a call activity calls, until the test's end: one user task to complete
     * when the test wants the called process done.
     */
    public static void deployStandIn(ProcessEngineExtension extension, String processKey) {
        extension.manageDeployment(extension.getRepositoryService().createDeployment()
                .addModelInstance(processKey + ".bpmn", Bpmn.createExecutableProcess(processKey)
                        .camundaHistoryTimeToLive(1).startEvent().userTask("Task_StandIn").endEvent().done())
                .deploy());
    }

    /** The task's candidate groups, also when it is assigned (camunda-bpm-assert's asks for an unassigned task). */
    public static List<String> candidateGroups(ProcessEngine engine, Task task) {
        return engine.getTaskService().getIdentityLinksForTask(task.getId()).stream().map(IdentityLink::getGroupId)
                .toList();
    }
}
