package no.medvirk.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import no.medvirk.MedvirkTest;
import no.medvirk.UnitTasks;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.Task;
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
