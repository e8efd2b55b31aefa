package no.medvirk.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import no.medvirk.MedvirkTest;
import no.medvirk.UnitTasks;
import no.medvirk.engine.CallerBoundFilters;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.ExecuteFilterCountCmd;
import org.camunda.bpm.engine.impl.cmd.ExecuteFilterListPageCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Each shared filter shows what its name says, for the user who opens it. */
@MedvirkTest
class TasklistFiltersTests {

    @Autowired
    ProcessEngine engine;
    @Autowired
    FilterService filterService;
    @Autowired
    IdentityService identityService;

    UnitTasks unitTasks;
    Task veiAssignedToKari;
    Task veiUnassigned;
    Task veiOverdue;
    Task barnehageOverdue;

    @BeforeEach
    void startTasks() {
        unitTasks = new UnitTasks(engine);
        Date nextWeek = Date.from(Instant.now().plus(7, ChronoUnit.DAYS));
        Date yesterday = Date.from(Instant.now().minus(1, ChronoUnit.DAYS));
        veiAssignedToKari = unitTasks.start("vei", nextWeek);
        engine.getTaskService().setAssignee(veiAssignedToKari.getId(), "kari");
        veiUnassigned = unitTasks.start("vei", nextWeek);
        veiOverdue = unitTasks.start("vei", yesterday);
        barnehageOverdue = unitTasks.start("barnehage", yesterday);
    }

    @AfterEach
    void cleanUp() {
        identityService.clearAuthentication();
        unitTasks.close();
    }

    @Test
    void shouldShowTheTasksAssignedToMeUnderMineOppgaver() {
        assertThat(tasksIn(TasklistFilters.MINE, "kari")).contains(veiAssignedToKari.getId())
                .doesNotContain(veiUnassigned.getId(), veiOverdue.getId(), barnehageOverdue.getId());
        assertThat(tasksIn(TasklistFilters.MINE, "vegleder")).doesNotContain(veiAssignedToKari.getId());
    }

    @Test
    void shouldShowMyUnitsTasksAssignedOrNotUnderEnhetensOppgaver() {
        assertThat(tasksIn(TasklistFilters.UNIT, "vegleder"))
                .contains(veiAssignedToKari.getId(), veiUnassigned.getId(), veiOverdue.getId())
                .doesNotContain(barnehageOverdue.getId());
        assertThat(tasksIn(TasklistFilters.UNIT, "ola")).contains(barnehageOverdue.getId())
                .doesNotContain(veiAssignedToKari.getId(), veiUnassigned.getId(), veiOverdue.getId());
    }

    @Test
    void shouldShowOnlyMyAndMyUnitsTasksPastTheirDueDateUnderForfalteOppgaver() {
        assertThat(tasksIn(TasklistFilters.OVERDUE, "kari")).contains(veiOverdue.getId())
                .doesNotContain(veiAssignedToKari.getId(), veiUnassigned.getId(), barnehageOverdue.getId());
        assertThat(tasksIn(TasklistFilters.OVERDUE, "ola")).contains(barnehageOverdue.getId())
                .doesNotContain(veiOverdue.getId());
    }

    @Test
    void shouldLetEveryUserReadTheFiltersInTheirOrder() {
        identityService.setAuthentication("ola", groupsOf("ola"));

        var filters = filterService.createTaskFilterQuery().listPage(0, 100);

        assertThat(filters).extracting(f -> f.getName())
                .contains(TasklistFilters.MINE, TasklistFilters.UNIT, TasklistFilters.OVERDUE);
        assertThat(filters).extracting(f -> f.getProperties().get("priority")).doesNotContainNull();
    }

    @Test
    void shouldListTheMostUrgentTaskFirstAndShowTheCaseOnEachCard() {
        List<String> unit = tasksIn(TasklistFilters.UNIT, "vegleder");

        assertThat(unit.indexOf(veiOverdue.getId())).isLessThan(unit.indexOf(veiUnassigned.getId()))
                .isLessThan(unit.indexOf(veiAssignedToKari.getId()));
        for (String name : List.of(TasklistFilters.MINE, TasklistFilters.UNIT, TasklistFilters.OVERDUE)) {
            var filter = filterService.createTaskFilterQuery().filterName(name).singleResult();
            assertThat(filter.getProperties().get("variables")).as(name).asList()
                    .contains(java.util.Map.of("name", "cardText", "label", "Gjelder"),
                            java.util.Map.of("name", "caseNumber", "label", "Saksnummer"));
        }
    }

    @Test
    void shouldAnswerTheSharedFiltersAsTheEnginesAuthorizationCheckWould() {
        Task reassigned = unitTasks.start("vei", Date.from(Instant.now().plus(3, ChronoUnit.DAYS)));
        engine.getTaskService().setAssignee(reassigned.getId(), "kari");
        engine.getTaskService().setAssignee(reassigned.getId(), "ola");
        for (String name : List.of(TasklistFilters.MINE, TasklistFilters.UNIT, TasklistFilters.OVERDUE)) {
            for (String user : List.of("kari", "vegleder", "ola", "admin", "servicesenter")) {
                // What Tasklist sends: its sorting, and a search on the assignee.
                for (TaskQuery extending : List.of(new TaskQueryImpl(), new TaskQueryImpl().orderByDueDate().desc(),
                        new TaskQueryImpl().taskAssignee("kari"))) {
                    String what = name + " for " + user + " extended by " + extending;
                    assertThat(asUser(user, () -> ids(filterService.listPage(filterId(name), extending, 0, 1000))))
                            .as(what).isEqualTo(asUser(user, () -> ids(engineCommand(
                                    new ExecuteFilterListPageCmd(filterId(name), extending, 0, 1000)))));
                    assertThat(asUser(user, () -> filterService.count(filterId(name), extending))).as(what)
                            .isEqualTo(asUser(user, () -> engineCommand(new ExecuteFilterCountCmd(filterId(name), extending))));
                }
            }
        }
    }

    @Test
    void shouldBoundAMarkedFilterToTheCallersOwnAndUnitsTasksWhateverItsQuery() {
        // Tasklist's searches cannot widen the shared filters (their stored expressions win over what a
        // search sets), but a marked filter with a wide query shows no more than the caller's work either.
        Filter marked = filterService.saveFilter(filterService.newTaskFilter("Alle oppgaver, merket (test)")
                .setProperties(Map.of(CallerBoundFilters.PROPERTY, true))
                .setQuery(engine.getTaskService().createTaskQuery().taskAssigneeLike("%")));
        Filter unmarked = filterService.saveFilter(filterService.newTaskFilter("Alle oppgaver (test)")
                .setQuery(engine.getTaskService().createTaskQuery()));
        try {
            engine.getTaskService().setAssignee(barnehageOverdue.getId(), "admin");

            // The administrator may read every task: the engine's way, the unmarked filter shows them all.
            assertThat(asUser("admin", () -> ids(filterService.listPage(unmarked.getId(), 0, 1000))))
                    .contains(veiAssignedToKari.getId(), veiUnassigned.getId(), barnehageOverdue.getId());
            assertThat(asUser("admin", () -> ids(filterService.listPage(marked.getId(), 0, 1000))))
                    .containsExactly(barnehageOverdue.getId());
            assertThat(asUser("admin", () -> filterService.count(marked.getId()))).isOne();
            // Users may read only the filters they are given: this one was not shared.
            assertThatThrownBy(() -> asUser("kari", () -> filterService.count(marked.getId())))
                    .isInstanceOf(AuthorizationException.class);
        } finally {
            filterService.deleteFilter(marked.getId());
            filterService.deleteFilter(unmarked.getId());
        }
    }

    private String filterId(String name) {
        return filterService.createTaskFilterQuery().filterName(name).singleResult().getId();
    }

    private <T> T engineCommand(Command<T> command) {
        return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired()
                .execute(command);
    }

    private static List<String> ids(List<?> tasks) {
        return tasks.stream().map(task -> ((Task) task).getId()).toList();
    }

    private <T> T asUser(String userId, Supplier<T> call) {
        identityService.setAuthentication(userId, groupsOf(userId));
        try {
            return call.get();
        } finally {
            identityService.clearAuthentication();
        }
    }

    private List<String> tasksIn(String filterName, String userId) {
        String filterId = filterService.createTaskFilterQuery().filterName(filterName).singleResult().getId();
        identityService.setAuthentication(userId, groupsOf(userId));
        try {
            return filterService.<Task>listPage(filterId, 0, 1000).stream().map(Task::getId).toList();
        } finally {
            identityService.clearAuthentication();
        }
    }

    private List<String> groupsOf(String userId) {
        return identityService.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
    }
}
