package no.medvirk.message;

import java.time.ZoneId;
import java.util.List;
import java.util.stream.Collectors;
import no.medvirk.time.Dates;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Component;

/**
 * What the submitter added on their status page, as the caseworker's forms show it (the task-local variable
 * {@value #VARIABLE}, a personal variable): on a task created later, and on the case's open tasks when the
 * submitter adds something while one is open.
 */
@Component
class CitizenAdditionsText {

    static final String VARIABLE = "citizenAdditions";

    private final CitizenAdditions additions;
    private final TaskService taskService;

    CitizenAdditionsText(CitizenAdditions additions, TaskService taskService) {
        this.additions = additions;
        this.taskService = taskService;
    }

    String of(Message message, ZoneId zone) {
        List<CitizenAddition> added = additions.findByMessageIdOrderById(message.getId());
        return added.isEmpty() ? "Ingenting" : added.stream()
                .map(a -> Dates.dayAndTime(a.getAddedAt(), zone) + ": " + a.getText())
                .collect(Collectors.joining("\n\n"));
    }

    /** The open tasks of the case whose form shows the additions get the new text. */
    void refreshOpenTasks(Message message, ZoneId zone) {
        String text = of(message, zone);
        taskService.createTaskQuery().processInstanceBusinessKey(message.getCaseNumber()).active().list().stream()
                .filter(task -> taskService.getVariableLocal(task.getId(), VARIABLE) != null)
                .forEach(task -> taskService.setVariableLocal(task.getId(), VARIABLE, text));
    }
}
