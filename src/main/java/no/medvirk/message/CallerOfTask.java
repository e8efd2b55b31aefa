package no.medvirk.message;

import org.camunda.bpm.engine.delegate.DelegateTask;

/** Who did a task's work: the logged-in user completing it, or else its assignee. */
final class CallerOfTask {

    private CallerOfTask() {
    }

    static String of(DelegateTask task) {
        var authentication = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        if (authentication != null && authentication.getUserId() != null) {
            return authentication.getUserId();
        }
        return task.getAssignee() != null ? task.getAssignee() : "ukjent";
    }
}
