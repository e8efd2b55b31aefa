package no.medvirk.duelist;

import java.time.Clock;
import java.time.temporal.IsoFields;
import java.util.List;
import no.medvirk.engine.ListensTo;
import no.medvirk.forms.Fields;
import no.medvirk.forms.FormDisplay;
import no.medvirk.forms.TaskDisplay;
import no.medvirk.organisation.Organisation;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * The due lists' tasks: the part of the list the task's form names, as a table, when the form is
 * read: the whole list, one unit's overdue messages (on a task of the overdue lists'
 * loop, which knows the unit), or those escalated. The fields the form asks for start empty,
 * whatever a parallel task was given.
 */
@Component("showDueList")
@ListensTo(forms = {"clear-overdue", "instruct-units", "review-due-list"}, event = "create")
class ShowDueList implements TaskDisplay {

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
    public void show(DelegateTask task, FormDisplay form) {
        DueList list = dueLists.get(Fields.id(task.getVariable(DueListVariables.DUE_LIST_ID)));
        String responsible = (String) task.getVariable(DueListVariables.RESPONSIBLE);
        Week week = new Week(list.getWeekStart(), clock.getZone());
        form
                .put("weekNumber", week::number)
                .put("dueListPdfUrl", () -> DueListController.path(list) + ".pdf")
                .put("dueListCsvUrl", () -> DueListController.path(list) + ".csv")
                .put("dueListText", () -> "#### Over fristen\n\n" + table(list.overdue(), TEXT_VARIABLE / 2)
                        + "\n\n#### Frist denne uken\n\n" + table(list.dueThisWeek(), TEXT_VARIABLE / 2))
                .put("responsibleName", () -> responsible == null ? null
                        : DueListRows.responsibleName(responsible, organisation))
                .put("overdueListText", () -> responsible == null ? null
                        : table(list.countedFor(responsible), TEXT_VARIABLE))
                .put("escalatedListText", () -> table(list.escalated(), TEXT_VARIABLE))
                .put(DueListVariables.COMMENT, () -> null)
                .put(DueListVariables.INSTRUCTION, () -> null);
    }

    /**
     * What the task's card in the task list says: the list's week (the due lists' tasks all have one name), and
     * whose overdue messages.
     */
    @Override
    public void notify(DelegateTask task) {
        DueList list = dueLists.get(Fields.id(task.getVariable(DueListVariables.DUE_LIST_ID)));
        String responsible = (String) task.getVariable(DueListVariables.RESPONSIBLE);
        Week week = new Week(list.getWeekStart(), clock.getZone());
        task.setVariableLocal(DueListVariables.CARD_TEXT, "Uke " + week.number() + " "
                + week.monday().get(IsoFields.WEEK_BASED_YEAR)
                + (responsible == null ? "" : " · " + DueListRows.responsibleName(responsible, organisation)));
    }

    private String table(List<DueListEntry> entries, int maxChars) {
        return DueListRows.markdown(DueListRows.of(entries, organisation, clock.getZone()), maxChars);
    }
}
