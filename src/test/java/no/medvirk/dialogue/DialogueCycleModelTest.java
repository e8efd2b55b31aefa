package no.medvirk.dialogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.medvirk.ModelBeans;
import no.medvirk.PlainEngine;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every path through processes/dialogue-cycle.bpmn in a plain engine, each bean a fake and each
 * meeting a stand-in for dialogue-meeting (DialogueMeetingModelTest has the real one): the plan until
 * the committee approves it, a meeting per planned meeting, the decisions, the follow-up of every
 * input until it is done, the evaluation. DialogueCycleProcessTest drives it with the real beans.
 */
@Deployment(resources = {"processes/dialogue-cycle.bpmn", "processes/forms/start-dialogue-cycle.form",
        "processes/forms/plan-dialogue-meetings.form", "processes/forms/approve-dialogue-plan.form",
        "processes/forms/prepare-case-presentation.form", "processes/forms/record-decision.form",
        "processes/forms/follow-up-input.form", "processes/forms/evaluate-dialogue-cycle.form"})
class DialogueCycleModelTest {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    private static final Date FOLLOW_UP_DUE = Date.from(LocalDateTime.of(2031, 12, 24, 16, 0).atZone(OSLO).toInstant());
    /** The year's due dates, as CreateDialoguePlan counts them from 1 March 2031 with the model's settings. */
    private static final Map<String, Object> DUE = Map.of(
            "planDue", oslo(2031, 3, 31), "meetingsFrom", oslo(2031, 5, 1), "meetingsUntil", oslo(2031, 7, 1),
            "casePresentationDue", oslo(2031, 9, 1), "committeeDue", oslo(2031, 10, 1), "councilDue", oslo(2031, 11, 1),
            "evaluationDue", oslo(2031, 12, 1));
    /** The unit responsible for each input, as PrepareFollowUp finds it. */
    private static final Map<Long, String> FOLLOW_UP_GROUPS = Map.of(21L, "unit-vei-leaders", 22L, "unit-barnehage");

    @RegisterExtension
    static final ProcessEngineExtension extension = PlainEngine.extension();

    ProcessEngine engine;
    ModelBeans beans;

    @BeforeEach
    void fakeTheBeansAndTheMeetings() {
        BpmnAwareTests.init(engine);
        beans = ModelBeans.named("createDialoguePlan", "showDialoguePlan", "savePlan", "recordPlanApproval",
                "compileSummary", "saveCasePresentation", "recordDecision", "createFollowUps", "prepareFollowUp",
                "showDialogueInput", "recordFollowUp", "recordEvaluation");
        beans.on("createDialoguePlan", execution -> {
            execution.setVariable("yearPlanned", false);
            execution.setVariable("planId", 3L);
            execution.setVariables(DUE);
        });
        beans.on("createFollowUps", execution -> execution.setVariable("inputIds", new ArrayList<>(List.of(21L, 22L))));
        beans.on("prepareFollowUp", execution -> {
            execution.setVariableLocal("followUpGroup", FOLLOW_UP_GROUPS.get((Long) execution.getVariable("inputId")));
            execution.setVariableLocal("followUpDue", FOLLOW_UP_DUE);
        });
        beans.on("recordFollowUp", execution -> execution.setVariableLocal("followUpFinished",
                List.of("DONE", "NOT_RELEVANT").contains(execution.getVariable("followUpStatus"))));
        PlainEngine.deployStandIn(extension, "dialogue-meeting");
    }

    @AfterEach
    void logOut() {
        engine.getIdentityService().clearAuthentication();
    }

    @Test
    void shouldCreateTheYearsPlanForTheSecretaryWhoStartedIt() {
        engine.getIdentityService().setAuthenticatedUserId("sekretar");

        ProcessInstance cycle = engine.getRuntimeService().startProcessInstanceByKey("dialogue-cycle",
                Map.of("year", 2031));

        assertThat(beans.calls("createDialoguePlan")).singleElement().satisfies(seen -> assertThat(seen)
                .containsEntry("initiator", "sekretar").containsEntry("year", 2031));
        assertThat(cycle).isWaitingAt("Task_PlanMeetings");
        assertThat(task()).hasCandidateGroup("committee-secretariat");
        assertThat(beans.calls("showDialoguePlan")).singleElement()
                .satisfies(seen -> assertThat(seen).containsEntry("planId", 3L));
    }

    @Test
    void shouldStartTheYearByItsTimerOn1MarchAndGiveTheTasksTheYearsDueDates() {
        Job timer = engine.getManagementService().createJobQuery().processDefinitionKey("dialogue-cycle").singleResult();
        LocalDateTime due = LocalDateTime.ofInstant(timer.getDuedate().toInstant(), OSLO);
        assertThat(List.of(due.getMonthValue(), due.getDayOfMonth(), due.getHour(), due.getMinute()))
                .as("1 March 07:00 on the town hall's clock").containsExactly(3, 1, 7, 0);

        engine.getManagementService().executeJob(timer.getId());

        ProcessInstance cycle = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("dialogue-cycle")
                .singleResult();
        assertThat(beans.calls("createDialoguePlan")).singleElement().satisfies(seen -> assertThat(seen.get("initiator"))
                .as("no one started it").isNull());
        assertThat(cycle).isWaitingAt("Task_PlanMeetings");
        assertThat(task().getDueDate()).isEqualTo(DUE.get("planDue"));
        complete(task());
        assertThat(task().getDueDate()).isEqualTo(DUE.get("planDue"));
        assertThat(engine.getManagementService().createJobQuery().processDefinitionKey("dialogue-cycle").count())
                .as("the timer waits for next year").isEqualTo(1);
    }

    @Test
    void shouldEndQuietlyWhenTheTimerFindsTheYearStartedByHand() {
        beans.on("createDialoguePlan", execution -> execution.setVariable("yearPlanned", true));

        ProcessInstance cycle = engine.getRuntimeService().startProcessInstanceByKey("dialogue-cycle");

        assertThat(cycle).isEnded().hasPassed("EndEvent_YearAlreadyStarted").hasNotPassed("Task_PlanMeetings");
    }

    @Test
    void shouldPlanAgainUntilTheCommitteeApprovesThePlan() {
        ProcessInstance cycle = startBefore("Task_PlanMeetings", Map.of("planId", 3L));
        beans.on("recordPlanApproval", execution -> execution.setVariable("planApproved", false));
        complete(task(), Map.of("groups", "[]", "meetings", "[]"));
        assertThat(cycle).isWaitingAt("Task_RecordPlanApproval");
        assertThat(task()).hasCandidateGroup("committee-secretariat");

        complete(task(), Map.of("planApprovedAnswer", "false", "planComment", "Møt også hjemmetjenesten."));

        assertThat(cycle).hasPassed("Gateway_PlanApproved").hasNotPassed("CallActivity_Meetings")
                .isWaitingAt("Task_PlanMeetings");
        beans.on("recordPlanApproval", execution -> {
            execution.setVariable("planApproved", true);
            execution.setVariable("meetingIds", new ArrayList<>(List.of(11L, 12L)));
        });
        complete(task(), Map.of("groups", "[]", "meetings", "[]"));
        complete(task(), Map.of("planApprovedAnswer", "true"));

        assertThat(cycle).isWaitingAt("CallActivity_Meetings");
        assertThat(beans.calls("savePlan")).hasSize(2);
        assertThat(beans.calls("recordPlanApproval")).extracting(seen -> seen.get("planApprovedAnswer"))
                .containsExactly("false", "true");
    }

    @Test
    void shouldRunOneMeetingPerPlannedMeetingAndSumThemUpWhenTheLastIsDone() {
        // The whole multi-instance body: before the activity itself would be one meeting without an id.
        ProcessInstance cycle = startBefore("CallActivity_Meetings#multiInstanceBody",
                Map.of("planId", 3L, "meetingIds", new ArrayList<>(List.of(11L, 12L, 13L))));

        List<ProcessInstance> meetings = engine.getRuntimeService().createProcessInstanceQuery()
                .superProcessInstanceId(cycle.getId()).list();
        assertThat(meetings).extracting(m -> engine.getRuntimeService().getVariable(m.getId(), "meetingId"))
                .containsExactlyInAnyOrder(11L, 12L, 13L);
        for (int held = 0; held < 2; held++) {
            complete(meetingTask(meetings.get(held)));
        }
        assertThat(cycle).isWaitingAt("CallActivity_Meetings");
        assertThat(beans.calls("compileSummary")).isEmpty();

        complete(meetingTask(meetings.get(2)));

        assertThat(cycle).hasPassed("Task_CompileSummary").isWaitingAt("Task_PrepareCasePresentation");
        assertThat(beans.calls("compileSummary")).singleElement()
                .satisfies(seen -> assertThat(seen).containsEntry("planId", 3L));
    }

    @Test
    void shouldRecordTheCommitteesAndTheCouncilsDecisionsThenFollowUpEachInputBesideTheEvaluation() {
        ProcessInstance cycle = startBefore("Task_PrepareCasePresentation", Map.of("planId", 3L));
        complete(task(), Map.of("assessment", "Innspillene tas med i budsjettet."));
        assertThat(cycle).isWaitingAt("Task_RecordCommitteeDecision");
        complete(task(), Map.of("decisionDate", "2031-09-10", "asProposedAnswer", "true"));
        assertThat(cycle).isWaitingAt("Task_RecordCouncilDecision");
        complete(task(), Map.of("decisionDate", "2031-09-24", "asProposedAnswer", "true"));

        assertThat(cycle).hasPassed("Task_CreateFollowUps").isWaitingAt("Task_FollowUpInput", "Task_EvaluateCycle");
        assertThat(beans.calls("recordDecision")).extracting(seen -> seen.get("decisionDate"))
                .containsExactly("2031-09-10", "2031-09-24");
        assertThat(beans.calls("prepareFollowUp")).extracting(seen -> seen.get("inputId"))
                .containsExactlyInAnyOrder(21L, 22L);
        List<Task> followUps = tasks(cycle, "Task_FollowUpInput");
        assertThat(followUps).extracting(this::groups)
                .containsExactlyInAnyOrder(List.of("unit-vei-leaders"), List.of("unit-barnehage"));
        assertThat(followUps).allSatisfy(t -> assertThat(t.getDueDate()).isEqualTo(FOLLOW_UP_DUE));
        assertThat(tasks(cycle, "Task_EvaluateCycle")).singleElement()
                .satisfies(t -> assertThat(groups(t)).containsExactly("committee-secretariat"));
    }

    @Test
    void shouldFollowUpAnInputAgainUntilItIsDoneOrNoLongerRelevant() {
        ProcessInstance cycle = startBefore("Task_CreateFollowUps", Map.of("planId", 3L));
        Task vei = followUp(cycle, 21L);

        complete(vei, Map.of("followUpStatus", "PLANNED", "nextFollowUp", "2032-03-01"));

        Task again = followUp(cycle, 21L);
        assertThat(again.getId()).isNotEqualTo(vei.getId());
        assertThat(groups(again)).containsExactly("unit-vei-leaders");
        complete(again, Map.of("followUpStatus", "DONE"));
        complete(followUp(cycle, 22L), Map.of("followUpStatus", "NOT_RELEVANT"));
        assertThat(cycle).isWaitingAt("Task_EvaluateCycle");
        complete(tasks(cycle, "Task_EvaluateCycle").get(0), Map.of("worked", "Godt oppmøte."));

        assertThat(cycle).isEnded().hasPassed("EndEvent_InputFollowedUp", "EndEvent_CycleDone");
        assertThat(beans.calls("recordFollowUp")).extracting(seen -> seen.get("inputId"))
                .containsExactly(21L, 21L, 22L);
        assertThat(beans.calls("showDialogueInput")).hasSize(3);
        assertThat(beans.calls("prepareFollowUp")).as("prepared once per input").hasSize(2);
        assertThat(beans.calls("recordEvaluation")).hasSize(1);
    }

    @Test
    void shouldEndWithTheEvaluationWhenNoMeetingHadAnInput() {
        beans.on("createFollowUps", execution -> execution.setVariable("inputIds", new ArrayList<>()));
        ProcessInstance cycle = startBefore("Task_CreateFollowUps", Map.of("planId", 3L));

        assertThat(cycle).isWaitingAt("Task_EvaluateCycle");
        complete(task());

        assertThat(cycle).isEnded().hasNotPassed("Task_FollowUpInput");
    }

    private static Date oslo(int year, int month, int day) {
        return Date.from(LocalDateTime.of(year, month, day, 0, 0).atZone(OSLO).toInstant());
    }

    private ProcessInstance startBefore(String activity, Map<String, Object> variables) {
        ProcessInstance cycle = engine.getRuntimeService().createProcessInstanceByKey("dialogue-cycle")
                .startBeforeActivity(activity).setVariables(new HashMap<>(variables)).setVariables(DUE).execute();
        assertThat(cycle).isStarted();
        return cycle;
    }

    private Task meetingTask(ProcessInstance meeting) {
        return engine.getTaskService().createTaskQuery().processInstanceId(meeting.getId()).singleResult();
    }

    /** The open follow-up of one input. */
    private Task followUp(ProcessInstance cycle, long inputId) {
        return tasks(cycle, "Task_FollowUpInput").stream()
                .filter(t -> Long.valueOf(inputId).equals(engine.getTaskService().getVariable(t.getId(), "inputId")))
                .findFirst().orElseThrow();
    }

    private List<Task> tasks(ProcessInstance cycle, String activity) {
        return engine.getTaskService().createTaskQuery().processInstanceId(cycle.getId()).taskDefinitionKey(activity)
                .list();
    }

    private List<String> groups(Task task) {
        return PlainEngine.candidateGroups(engine, task);
    }
}
