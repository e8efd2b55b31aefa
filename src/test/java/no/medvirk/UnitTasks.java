package no.medvirk;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;

/**
 * Starts instances of the test model {@code models/unit-task.bpmn} (one task for a unit's group) and
 * deletes them again, so that tests sharing the Spring context find the data as it was.
 */
public final class UnitTasks implements AutoCloseable {

    private final ProcessEngine engine;
    private final List<String> instances = new ArrayList<>();

    public UnitTasks(ProcessEngine engine) {
        this.engine = engine;
        if (engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey("test-unit-task").count() == 0) {
            engine.getRepositoryService().createDeployment().name("test-unit-task")
                    .addClasspathResource("models/unit-task.bpmn").deploy();
        }
    }

    /** A task for the group unit-{unitCode}, due at the given time. */
    public Task start(String unitCode, Date due) {
        String instance = engine.getRuntimeService().startProcessInstanceByKey("test-unit-task",
                Map.of("unitCode", unitCode, "due", due)).getId();
        instances.add(instance);
        return engine.getTaskService().createTaskQuery().processInstanceId(instance).singleResult();
    }

    @Override
    public void close() {
        instances.forEach(id -> {
            if (engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(id).count() > 0) {
                engine.getRuntimeService().deleteProcessInstance(id, "test over");
            }
        });
        instances.clear();
    }
}
