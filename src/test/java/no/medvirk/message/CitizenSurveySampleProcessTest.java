package no.medvirk.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import no.medvirk.MedvirkTest;
import no.medvirk.message.MessageInput.SubmitterInput;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * processes/citizen-survey-sample.bpmn and survey-sample-size.dmn: on the 2nd of each month the service centre
 * gets one call task per case of last month's random sample, with the citizen's phone on the form (never in the
 * history); cases without a phone number are not drawn.
 */
@MedvirkTest
class CitizenSurveySampleProcessTest {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    private static final String PROCESS = "citizen-survey-sample";

    @Autowired
    MessageCases cases;
    @Autowired
    Messages messages;
    @Autowired
    CitizenVerdicts verdicts;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    FormService formService;
    @Autowired
    ManagementService managementService;
    @Autowired
    HistoryService historyService;
    @Autowired
    DecisionService decisionService;

    private final List<String> caseNumbers = new ArrayList<>();

    @AfterEach
    void cleanUp() {
        ClockUtil.reset();
        cases.end(caseNumbers);
        runtimeService.createProcessInstanceQuery().processDefinitionKey(PROCESS).list()
                .forEach(p -> runtimeService.deleteProcessInstance(p.getId(), "test over"));
    }

    @ParameterizedTest
    @CsvSource({"0, 0", "3, 3", "19, 19", "20, 20", "250, 20"})
    void shouldCallTwentyOrAllWhenThereAreFewer(int closedCases, int sampleSize) {
        DmnDecisionResult result = decisionService.evaluateDecisionByKey("survey-sample-size")
                .variables(Map.of("closedCases", closedCases)).evaluate();

        assertThat(((Number) result.getSingleEntry()).intValue()).isEqualTo(sampleSize);
    }

    @Test
    void shouldGiveTheServiceCentreACallTaskForEachSampledCaseOfLastMonth() {
        at(2031, 3, 10);
        String first = closed("90000001");
        String second = closed("+47 900 00 002");
        String third = closed("90000003");
        String withoutPhone = closed(null);
        at(2031, 4, 1);
        String thisMonth = closed("90000004");

        // The 2nd of April, 08:00 in Oslo: the month's timer is due.
        at(2031, 4, 2);
        runTheMonthlyTimer();

        List<Task> calls = taskService.createTaskQuery().processDefinitionKey(PROCESS).list();
        assertThat(calls).hasSize(3).allSatisfy(task -> {
            assertThat(task.getName()).isEqualTo("Ring innbygger i utvalget");
            assertThat(taskService.getIdentityLinksForTask(task.getId())).extracting(l -> l.getGroupId())
                    .containsExactly("service-centre");
        });
        assertThat(calls).extracting(task -> taskService.getVariable(task.getId(), "sampledCase"))
                .containsExactlyInAnyOrder(first, second, third);
        Map<Object, Task> byCase = new java.util.HashMap<>();
        calls.forEach(task -> byCase.put(taskService.getVariable(task.getId(), "sampledCase"), task));
        Task secondCall = byCase.get(second);
        assertThat(formService.getTaskFormVariables(secondCall.getId()).get("submitterPhone")).isEqualTo("+47 900 00 002");
        assertThat(formService.getTaskFormVariables(secondCall.getId()).get("caseNumber")).isEqualTo(second);
        assertThat(sampled(withoutPhone)).as("no phone, no call").isFalse();
        assertThat(sampled(thisMonth)).as("closed this month: next month's sample").isFalse();

        assertThatThrownBy(() -> taskService.complete(secondCall.getId(), Map.of("sampleReached", "true")))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("Velg hva innbyggeren svarte.");
        taskService.complete(secondCall.getId(), Map.of("sampleReached", "true", "sampleSatisfied", "false",
                "sampleComment", "Det tok for lang tid."));
        taskService.complete(byCase.get(first).getId(), Map.of("sampleReached", "true", "sampleSatisfied", "true"));
        taskService.complete(byCase.get(third).getId(), Map.of("sampleReached", "false"));

        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(PROCESS).count()).isZero();
        assertThat(historyService.createHistoricActivityInstanceQuery().activityId("EndEvent_SampleCalled")
                .finished().count()).isPositive();
        assertThat(sample(second)).satisfies(v -> {
            assertThat(v.getReached()).isTrue();
            assertThat(v.getSatisfied()).isFalse();
            assertThat(v.getComment()).isEqualTo("Det tok for lang tid.");
        });
        assertThat(sample(first).getSatisfied()).isTrue();
        assertThat(sample(third).getReached()).isFalse();
        assertThat(sample(third).getSatisfied()).isNull();
        assertThat(historyService.createHistoricVariableInstanceQuery().variableNameIn("submitterPhone", "sampleComment")
                .list()).as("the phone and the citizen's words never in the engine's history").isEmpty();

        // Next month April's case is drawn, and March's are not drawn again.
        at(2031, 5, 2);
        runTheMonthlyTimer();
        assertThat(taskService.createTaskQuery().processDefinitionKey(PROCESS).list())
                .extracting(task -> taskService.getVariable(task.getId(), "sampledCase")).containsExactly(thisMonth);
    }

    private void runTheMonthlyTimer() {
        List<Job> timers = managementService.createJobQuery().timers().processDefinitionKey(PROCESS).list();
        assertThat(timers).hasSize(1);
        managementService.executeJob(timers.get(0).getId());
    }

    private boolean sampled(String caseNumber) {
        return verdicts.findByMessageIdAndSource(messages.get(caseNumber).getId(), CitizenVerdict.Source.SAMPLE).isPresent();
    }

    private CitizenVerdict sample(String caseNumber) {
        return verdicts.findByMessageIdAndSource(messages.get(caseNumber).getId(), CitizenVerdict.Source.SAMPLE).orElseThrow();
    }

    private static void at(int year, int month, int day) {
        ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(year, month, day, 8, 0).atZone(OSLO).toInstant()));
    }

    private String closed(String phone) {
        String caseNumber = cases.assigned(new MessageInput("CARD", null, "Hullet i veien ved skolen er stort.",
                "COMPLAINT", "Vei og trafikk", false, false,
                new SubmitterInput("Nina Nilsen", null, phone, phone == null ? "nina@example.no" : null)), "kari");
        caseNumbers.add(caseNumber);
        cases.completeTask(caseNumber, phone == null ? Map.of("answer", "Hullet fylles.", "answeredBy", "EMAIL")
                : Map.of("reached", "true", "answer", "Hullet fylles.", "satisfaction", "SATISFIED"));
        cases.completeTask(caseNumber, Map.of());
        return caseNumber;
    }
}
