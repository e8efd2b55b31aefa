package no.medvirk.duelist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import no.medvirk.ModelBeans;
import no.medvirk.PlainEngine;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every path through processes/weekly-due-lists.bpmn in a plain engine, each bean a fake: the list for
 * the service centre, one overdue list per unit, the escalation, and the Monday timer that calls the
 * routine. WeeklyDueListsProcessTest drives the same model week by week with the real beans.
 */
@Deployment(resources = {"processes/weekly-due-lists.bpmn", "processes/forms/run-due-list.form",
        "processes/forms/review-due-list.form", "processes/forms/clear-overdue.form",
        "processes/forms/instruct-units.form"})
class WeeklyDueListsModelTest {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    /** Friday 15:00 of the list's week, as SendOverdueList works it out. */
    private static final Date CLEAR_UP_BY = Date.from(Instant.parse("2021-03-19T14:00:00Z"));
    /** Who clears up each responsible's list, as SendOverdueList decides it from the organisation. */
    private static final Map<String, String> CLEAR_UP_GROUPS = Map.of("vei", "unit-vei-leaders", "mayor", "mayor");

    @RegisterExtension
    static final ProcessEngineExtension extension = PlainEngine.extension();

    ProcessEngine engine;
    ModelBeans beans;

    @BeforeEach
    void fakeTheBeans() {
        BpmnAwareTests.init(engine);
        // Saturday before winter time returns: the Monday timer is deployed with this clock.
        ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(2021, 10, 30, 12, 0).atZone(OSLO).toInstant()));
        beans = ModelBeans.named("makeDueList", "showDueList", "sendOverdueList", "checkOverdueCleared",
                "escalateOverdue", "recordInstruction");
        beans.on("sendOverdueList", execution -> {
            execution.setVariableLocal("clearUpGroup", CLEAR_UP_GROUPS.get((String) execution.getVariable("responsible")));
            execution.setVariableLocal("clearUpDue", CLEAR_UP_BY);
        });
    }

    @Test
    void shouldEndAtOnceInAWeekWithNothingDue() {
        ProcessInstance run = run(false, List.of(), false);

        assertThat(run).isEnded().hasPassed("Task_MakeDueList", "EndEvent_DueListsDone")
                .hasNotPassed("Task_ReviewDueList", "Task_SendOverdueList", "Task_EscalateToChiefExecutive");
        assertThat(beans.called()).containsExactly("makeDueList");
    }

    @Test
    void shouldGiveTheServiceCentreTheListWhenSomethingIsDueButNothingOverdue() {
        ProcessInstance run = run(true, List.of(), false);

        assertThat(run).isWaitingAt("Task_ReviewDueList");
        assertThat(tasks(run)).singleElement().satisfies(task -> assertThat(groups(task)).containsExactly("service-centre"));
        assertThat(beans.called()).containsExactly("makeDueList", "showDueList");

        complete(tasks(run).get(0));

        assertThat(run).isEnded().hasNotPassed("Task_SendOverdueList", "Task_EscalateToChiefExecutive");
    }

    @Test
    void shouldSendEachUnitItsOwnOverdueListToClearUpByFriday() {
        ProcessInstance run = run(true, List.of("vei", "mayor"), false);

        assertThat(beans.calls("sendOverdueList")).extracting(seen -> seen.get("responsible"))
                .containsExactlyInAnyOrder("vei", "mayor");
        List<Task> clearUps = tasks(run, "Task_ClearOverdue");
        assertThat(clearUps).extracting(this::groups).containsExactlyInAnyOrder(
                List.of("unit-vei-leaders"), List.of("mayor"));
        assertThat(clearUps).allSatisfy(task -> assertThat(task.getDueDate()).isEqualTo(CLEAR_UP_BY));

        complete(tasks(run, "Task_ReviewDueList").get(0));
        complete(clearUps.get(0));
        assertThat(run).isWaitingAt("Task_ClearOverdue");
        complete(clearUps.get(1));

        assertThat(run).isEnded().hasPassed("EndEvent_OverdueCleared").hasNotPassed("Task_EscalateToChiefExecutive");
        assertThat(beans.calls("checkOverdueCleared")).extracting(seen -> seen.get("responsible"))
                .containsExactlyInAnyOrder("vei", "mayor");
    }

    @Test
    void shouldReportMessagesOverdueAgainToTheChiefExecutiveForAnInstruction() {
        ProcessInstance run = run(true, List.of("vei"), true);

        assertThat(run).hasPassed("Task_EscalateToChiefExecutive")
                .isWaitingAt("Task_ReviewDueList", "Task_ClearOverdue", "Task_InstructUnits");
        Task instruct = tasks(run, "Task_InstructUnits").get(0);
        assertThat(groups(instruct)).containsExactly("chief-executive");
        assertThat(beans.calls("escalateOverdue")).singleElement()
                .satisfies(seen -> assertThat(seen).containsEntry("dueListId", 7L));

        complete(instruct, Map.of("instruction", "Ring innmelderne i dag."));
        complete(tasks(run, "Task_ReviewDueList").get(0));
        complete(tasks(run, "Task_ClearOverdue").get(0));

        assertThat(run).isEnded();
        assertThat(beans.calls("recordInstruction")).singleElement()
                .satisfies(seen -> assertThat(seen).containsEntry("instruction", "Ring innmelderne i dag."));
    }

    @Test
    void shouldMakeTheListsEveryMondayAtSevenOsloTime() {
        beans.on("makeDueList", execution -> execution.setVariables(made(false, List.of(), false)));
        Job monday = mondayTimer();
        // Winter time has returned on Sunday: 07:00 in Oslo is 06:00 UTC.
        assertThat(monday.getDuedate().toInstant()).isEqualTo(Instant.parse("2021-11-01T06:00:00Z"));

        ClockUtil.setCurrentTime(monday.getDuedate());
        engine.getManagementService().executeJob(monday.getId());

        HistoricProcessInstance called = engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processDefinitionKey("weekly-due-lists").singleResult();
        assertThat(called.getSuperProcessInstanceId()).isNotNull();
        assertThat(called.getEndTime()).isNotNull();
        assertThat(beans.called()).containsExactly("makeDueList");
        assertThat(mondayTimer().getDuedate().toInstant()).isEqualTo(Instant.parse("2021-11-08T06:00:00Z"));
    }

    /** The routine started from Tasklist or the API, with what MakeDueList found. */
    private ProcessInstance run(boolean listed, List<String> overdueResponsibles, boolean escalate) {
        beans.on("makeDueList", execution -> execution.setVariables(made(listed, overdueResponsibles, escalate)));
        ProcessInstance run = engine.getRuntimeService().startProcessInstanceByKey("weekly-due-lists");
        assertThat(run).isStarted();
        return run;
    }

    /** What MakeDueList leaves for the gateways and the overdue lists. */
    private static Map<String, Object> made(boolean listed, List<String> overdueResponsibles, boolean escalate) {
        return Map.of("dueListId", 7L, "listed", listed, "overdueResponsibles", new ArrayList<>(overdueResponsibles),
                "escalate", escalate);
    }

    private Job mondayTimer() {
        return engine.getManagementService().createJobQuery().processDefinitionKey("weekly-due-lists-timer")
                .timers().singleResult();
    }

    private List<Task> tasks(ProcessInstance run) {
        return engine.getTaskService().createTaskQuery().processInstanceId(run.getId()).list();
    }

    private List<Task> tasks(ProcessInstance run, String activity) {
        return engine.getTaskService().createTaskQuery().processInstanceId(run.getId()).taskDefinitionKey(activity)
                .list();
    }

    private List<String> groups(Task task) {
        return PlainEngine.candidateGroups(engine, task);
    }
}
