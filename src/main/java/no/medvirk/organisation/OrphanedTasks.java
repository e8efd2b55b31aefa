package no.medvirk.organisation;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Open work that a changed organisation file leaves without anyone: a removed person's tasks go back
 * to their groups (unassigned, so the unit's leaders hand them out again), and tasks whose only
 * groups were removed are named, one warning each, for an administrator to move.
 */
class OrphanedTasks {

    private static final Logger log = LoggerFactory.getLogger(OrphanedTasks.class);

    private final TaskService tasks;
    private final RuntimeService runtime;
    private final RepositoryService repository;

    OrphanedTasks(TaskService tasks, RuntimeService runtime, RepositoryService repository) {
        this.tasks = tasks;
        this.runtime = runtime;
        this.repository = repository;
    }

    /** Before {@code userId} is deleted: each of their open tasks back to its candidate groups. */
    void handBack(String userId) {
        for (Task task : tasks.createTaskQuery().taskAssignee(userId).list()) {
            tasks.setAssignee(task.getId(), null);
            forgetAsNextAssignee(task, userId);
            log.warn("Task '{}' ({}) of case {} was assigned to {}, who is no longer in the organisation file: "
                    + "handed back to {}", task.getName(), task.getId(), businessKey(task), userId, groupsOf(task));
        }
    }

    /**
     * A person who left groups in the identity provider: each of their open tasks that only those groups
     * could take goes back to its groups, as when they leave the file.
     */
    void handBack(String userId, Set<String> groupsLeft, Set<String> groupsKept) {
        for (Task task : tasks.createTaskQuery().taskAssignee(userId).list()) {
            List<String> candidates = groupsOf(task);
            if (candidates.stream().anyMatch(groupsLeft::contains) && candidates.stream().noneMatch(groupsKept::contains)) {
                tasks.setAssignee(task.getId(), null);
                forgetAsNextAssignee(task, userId);
                log.info("Task '{}' ({}) of case {} was assigned to {}, who has left {}: handed back to {}",
                        task.getName(), task.getId(), businessKey(task), userId, groupsLeft, candidates);
            }
        }
    }

    /** Before {@code groupId} is deleted: each open task that no group left in the file may take. */
    void warnAbout(String groupId, Set<String> groupsKept) {
        for (Task task : tasks.createTaskQuery().taskCandidateGroup(groupId).includeAssignedTasks().list()) {
            List<String> others = groupsOf(task).stream().filter(groupsKept::contains).toList();
            if (others.isEmpty()) {
                log.warn("Task '{}' ({}) of case {} is for group {}, which is no longer in the organisation file: "
                        + "only administrators see it now; move it in Cockpit or bring the group back",
                        task.getName(), task.getId(), businessKey(task), groupId);
            }
        }
    }

    /**
     * A task whose model assigns it from a variable ({@code camunda:assignee="${caseworker}"}) would go
     * to the removed person again at its next round: that variable is cleared, so the next task goes
     * to the group too.
     */
    private void forgetAsNextAssignee(Task task, String userId) {
        if (task.getProcessDefinitionId() == null) {
            return;
        }
        UserTask definition = repository.getBpmnModelInstance(task.getProcessDefinitionId())
                .getModelElementById(task.getTaskDefinitionKey());
        String assignee = definition == null ? null : definition.getCamundaAssignee();
        if (assignee != null && assignee.matches("\\$\\{\\w+}")) {
            String variable = assignee.substring(2, assignee.length() - 1);
            if (userId.equals(runtime.getVariable(task.getExecutionId(), variable))) {
                runtime.setVariable(task.getExecutionId(), variable, null);
            }
        }
    }

    private List<String> groupsOf(Task task) {
        return tasks.getIdentityLinksForTask(task.getId()).stream().map(IdentityLink::getGroupId)
                .filter(Objects::nonNull).toList();
    }

    private String businessKey(Task task) {
        if (task.getProcessInstanceId() == null) {
            return "-";
        }
        var instance = runtime.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId())
                .singleResult();
        return instance == null || instance.getBusinessKey() == null ? "-" : instance.getBusinessKey();
    }
}
