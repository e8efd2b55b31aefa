package no.medvirk.duelist;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.medvirk.forms.Fields;
import no.medvirk.organisation.Organisation;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The due lists' tasks, on create: the form shows its part of the list as a table, as task-local
 * variables. The fields the form asks for start empty, whatever a parallel task was given.
 */
@Component("showDueList")
class ShowDueList implements TaskListener {

    /** The engine stores a text variable of up to 4000 characters; the headings and notes need some. */
    private static final int TEXT_VARIABLE = 3900;

    private final DueLists dueLists;
    private final Organisation organisation;
    private final Clock clock;

    ShowDueList(DueLists dueLists, Organisation organisation, Clock clock) {
        this.dueLists = dueLists;
        this.organisation = organisation;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        DueList list = dueLists.get(Fields.id(task.getVariable(DueListVariables.DUE_LIST_ID)));
        Map<String, Object> shown = new HashMap<>();
        shown.put("weekNumber", new Week(list.getWeekStart(), clock.getZone()).number());
        shown.put("dueListPdfUrl", DueListController.path(list) + ".pdf");
        shown.put("dueListCsvUrl", DueListController.path(list) + ".csv");
        switch (task.getTaskDefinitionKey()) {
            case "Task_ClearOverdue" -> {
                String responsible = (String) task.getVariable(DueListVariables.RESPONSIBLE);
                shown.put("responsibleName", DueListRows.responsibleName(responsible, organisation));
                shown.put("dueListText", table(list.countedFor(responsible), TEXT_VARIABLE));
                shown.put(DueListVariables.COMMENT, null);
            }
            case "Task_InstructUnits" -> {
                shown.put("dueListText", table(list.escalated(), TEXT_VARIABLE));
                shown.put(DueListVariables.INSTRUCTION, null);
            }
            default -> shown.put("dueListText", "#### Over fristen\n\n" + table(list.overdue(), TEXT_VARIABLE / 2)
                    + "\n\n#### Frist denne uken\n\n" + table(list.dueThisWeek(), TEXT_VARIABLE / 2));
        }
        task.setVariablesLocal(shown);
    }

    private String table(List<DueListEntry> entries, int maxChars) {
        return DueListRows.markdown(DueListRows.of(entries, organisation, clock.getZone()), maxChars);
    }
}
