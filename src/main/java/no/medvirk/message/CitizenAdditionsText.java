package no.medvirk.message;

import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
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
    /** The engine stores a text variable of up to 4000 characters; an addition alone may be as long. */
    static final int MAX_CHARS = 4000;
    private static final String SEPARATOR = "\n\n";

    private final CitizenAdditions additions;
    private final TaskService taskService;

    CitizenAdditionsText(CitizenAdditions additions, TaskService taskService) {
        this.additions = additions;
        this.taskService = taskService;
    }

    /**
     * The newest additions that fit, oldest of them first; the newest alone is cut when it does not fit. When
     * anything is left out, the text ends by pointing to the case page, whose history has every addition in full.
     */
    String of(Message message, ZoneId zone) {
        List<CitizenAddition> added = additions.findByMessageIdOrderById(message.getId());
        if (added.isEmpty()) {
            return "Ingenting";
        }
        String more = SEPARATOR + "(Innmelderen har lagt til mer enn dette. Les alt på saken: /sak/"
                + message.getCaseNumber() + ")";
        Deque<String> shown = new ArrayDeque<>();
        int length = 0;
        for (int i = added.size() - 1; i >= 0; i--) {
            String entry = Dates.dayAndTime(added.get(i).getAddedAt(), zone) + ": " + added.get(i).getText();
            int grown = length + (shown.isEmpty() ? 0 : SEPARATOR.length()) + entry.length();
            int room = MAX_CHARS - (i == 0 ? 0 : more.length());
            if (grown > room) {
                if (shown.isEmpty()) {
                    return entry.substring(0, MAX_CHARS - more.length() - 1) + "…" + more;
                }
                return String.join(SEPARATOR, shown) + more;
            }
            shown.addFirst(entry);
            length = grown;
        }
        return String.join(SEPARATOR, shown);
    }

    /**
     * The open tasks of the case show what the citizen added since they were made: the additions' text and the
     * place with its photos, on the tasks whose form shows them.
     */
    void refreshOpenTasks(Message message, ZoneId zone) {
        String text = of(message, zone);
        String placeDetails = MessageDisplay.placeDetails(message);
        for (var task : taskService.createTaskQuery().processInstanceBusinessKey(message.getCaseNumber()).active().list()) {
            if (taskService.getVariableLocal(task.getId(), VARIABLE) != null) {
                taskService.setVariableLocal(task.getId(), VARIABLE, text);
            }
            if (taskService.getVariableLocal(task.getId(), MessageVariables.PLACE_DETAILS) != null) {
                taskService.setVariableLocal(task.getId(), MessageVariables.PLACE_DETAILS, placeDetails);
            }
        }
    }
}
