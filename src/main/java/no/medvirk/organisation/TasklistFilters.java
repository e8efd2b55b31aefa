package no.medvirk.organisation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.medvirk.engine.CallerBoundFilters;
import no.medvirk.forms.TaskCard;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;

/**
 * The shared Tasklist filters. Their queries use the engine's expressions for the logged-in user,
 * which only stored queries may carry: users cannot send expressions themselves (see QueryExpressionGuard).
 * Each lists the most urgent first (due date ascending); Medvirk's Tasklist script makes that the list's
 * default sorting too, so that the sorting Tasklist shows is the one it uses.
 */
class TasklistFilters {

    static final String MINE = "Mine oppgaver";
    static final String UNIT = "Enhetens oppgaver";
    static final String OVERDUE = "Forfalte oppgaver";

    private final FilterService filterService;
    private final TaskService taskService;

    TasklistFilters(FilterService filterService, TaskService taskService) {
        this.filterService = filterService;
        this.taskService = taskService;
    }

    /** Creates or updates the filters by name and returns their ids. */
    List<String> sync() {
        List<String> ids = new ArrayList<>();
        ids.add(save(MINE, 10, "Oppgaver som er tildelt meg",
                taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}").orderByDueDate().asc()));
        ids.add(save(UNIT, 20, "Oppgaver til gruppene og enhetene jeg er med i, også de som er tildelt noen",
                taskService.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}")
                        .includeAssignedTasks().orderByDueDate().asc()));
        ids.add(save(OVERDUE, 30, "Mine og enhetenes oppgaver der fristen er passert",
                taskService.createTaskQuery().dueBeforeExpression("${now()}")
                        .or()
                        .taskAssigneeExpression("${currentUser()}")
                        .taskCandidateGroupInExpression("${currentUserGroups()}")
                        .includeAssignedTasks()
                        .endOr()
                        .orderByDueDate().asc()));
        return ids;
    }

    private String save(String name, int priority, String description, TaskQuery query) {
        Filter filter = filterService.createTaskFilterQuery().filterName(name).singleResult();
        if (filter == null) {
            filter = filterService.newTaskFilter(name);
        }
        filter.setQuery(query);
        filter.setProperties(Map.of(
                "priority", priority,
                "description", description,
                "refresh", true,
                // Answered without the engine's per-task authorization join, which made long lists slow.
                CallerBoundFilters.PROPERTY, true,
                // Shown on each task in the list, when it has one: a message's case number (Medvirk's Tasklist
                // script links it to the case page), a dialogue meeting's unit and date (several meetings' tasks
                // have the same name), and one line about the case: a message's subject area, unit, first
                // words, calls and contact deadline; a dialogue year's year; a due list's week.
                "variables", List.of(Map.of("name", TaskCard.CASE_NUMBER, "label", "Saksnummer"),
                        Map.of("name", TaskCard.MEETING_NAME, "label", "Møte"),
                        Map.of("name", TaskCard.TEXT, "label", "Gjelder"))));
        return filterService.saveFilter(filter).getId();
    }
}
