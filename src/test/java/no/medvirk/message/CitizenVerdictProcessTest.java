package no.medvirk.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import no.medvirk.MedvirkTest;
import no.medvirk.message.MessageInput.SubmitterInput;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The citizen's side of the lifecycle: withdrawing a message (the event subprocess of message-lifecycle.bpmn),
 * the survey when a case closes, and each path of citizen-verdict.bpmn ("Vurder ny oppfølging": reopened or
 * explained). Each asserts the record and what the citizen's page shows afterwards.
 */
@MedvirkTest
class CitizenVerdictProcessTest {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    @Autowired
    ProcessEngine engine;
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
    MessageCases cases;
    @Autowired
    MessageRegistration registration;
    @Autowired
    Messages messages;
    @Autowired
    CitizenLinks links;
    @Autowired
    CitizenCase citizenCase;
    @Autowired
    CitizenVerdicts verdicts;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    private final List<String> caseNumbers = new ArrayList<>();

    @BeforeEach
    void startTheClock() {
        BpmnAwareTests.init(engine);
        ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(2026, 11, 23, 9, 0).atZone(OSLO).toInstant()));
    }

    @AfterEach
    void cleanUp() {
        ClockUtil.reset();
        cases.end(caseNumbers);
    }

    // --- Withdrawn by the submitter --------------------------------------------------------------

    @Test
    void shouldEndTheCaseWhereverItWaitsWhenTheSubmitterWithdrawsIt() {
        String caseNumber = assigned(phone());
        String instance = cases.instanceOf(caseNumber);
        assertThat(taskService.createTaskQuery().processInstanceId(instance).singleResult().getTaskDefinitionKey())
                .isEqualTo("Task_CallSubmitter");

        assertThat(citizenCase.withdraw(statusToken(caseNumber))).isTrue();

        ProcessInstance ended = runtimeService.createProcessInstanceQuery().processInstanceId(instance).singleResult();
        assertThat(ended).isNull();
        assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(instance)
                .activityId("EndEvent_Withdrawn").finished().count()).isEqualTo(1);
        assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(instance)
                .activityId("Task_CallSubmitter").canceled().count()).isEqualTo(1);
        assertThat(managementService.createJobQuery().processInstanceId(instance).count())
                .as("the contact deadline's timer went with the task").isZero();
        Message message = record(caseNumber);
        assertThat(message.getStatus()).isEqualTo(MessageStatus.CLOSED);
        assertThat(message.getAnsweredBy()).isEqualTo(AnsweredBy.WITHDRAWN);
        assertThat(message.getClosedAt()).isNotNull();
        assertThat(links.surveyUrl(caseNumber)).as("nothing to ask about a withdrawn message").isEmpty();
        assertThat(citizenCase.withdraw(statusToken(caseNumber))).as("once").isFalse();
        assertThat(citizenCase.status(statusToken(caseNumber)).orElseThrow())
                .satisfies(status -> {
                    assertThat(status.open()).isFalse();
                    assertThat(status.status()).isEqualTo("Trukket av deg. Saken er avsluttet.");
                    assertThat(status.steps()).extracting(CitizenCase.Step::what)
                            .contains("Du trakk meldingen, og saken ble avsluttet");
                });
    }

    @Test
    void shouldLetAMessageBeWithdrawnBeforeTheServiceCentreRegisteredIt() {
        Message received = registration.receive(new MessageInput("WEB", null, "Benken i parken er knust.", null, null,
                false, false, phone()));
        caseNumbers.add(received.getCaseNumber());
        String instance = cases.instanceOf(received.getCaseNumber());

        assertThat(citizenCase.withdraw(statusToken(received.getCaseNumber()))).isTrue();

        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance).count()).isZero();
        assertThat(managementService.createJobQuery().processInstanceId(instance).count()).isZero();
        assertThat(record(received.getCaseNumber()).getAnsweredBy()).isEqualTo(AnsweredBy.WITHDRAWN);
    }

    // --- What the submitter adds, on the open task ---------------------------------------------------

    @Test
    void shouldShowTheNewestAdditionsOnTheOpenTaskWithinTheEnginesFourThousandCharacters() {
        String caseNumber = assigned(phone());
        String token = statusToken(caseNumber);
        String first = "Først: " + "a".repeat(2500);
        String second = "Så: " + "b".repeat(2500);

        assertThat(citizenCase.addInformation(token, first, List.of())).isTrue();
        assertThat(citizenCase.addInformation(token, second, List.of())).as("stored, though both do not fit the task").isTrue();

        String shown = additionsOnTheTask(caseNumber);
        assertThat(shown).hasSizeLessThanOrEqualTo(CitizenAdditionsText.MAX_CHARS)
                .contains(": " + second).doesNotContain("Først")
                .endsWith("(Innmelderen har lagt til mer enn dette. Les alt på saken: /sak/" + caseNumber + ")");

        String longest = "c".repeat(CitizenCase.MAX_ADDITION);
        String other = assigned(phone());
        assertThat(citizenCase.addInformation(statusToken(other), longest, List.of())).isTrue();
        assertThat(additionsOnTheTask(other)).as("the newest alone is cut")
                .hasSizeLessThanOrEqualTo(CitizenAdditionsText.MAX_CHARS).contains(": ccc", "…")
                .endsWith("(Innmelderen har lagt til mer enn dette. Les alt på saken: /sak/" + other + ")");
    }

    private String additionsOnTheTask(String caseNumber) {
        Task task = taskService.createTaskQuery().processInstanceBusinessKey(caseNumber).singleResult();
        return formService.getTaskFormVariables(task.getId()).get(CitizenAdditionsText.VARIABLE).toString();
    }

    // --- The survey when a case closes -------------------------------------------------------------

    @Test
    void shouldOpenTheSurveyWhenACaseClosesForASubmitterWithEmailOrMobile() {
        String withEmail = closed(new SubmitterInput("Nina Nilsen", null, "33 00 00 00", "nina@example.no"));
        String withMobile = closed(new SubmitterInput(null, null, "+47 912 34 567", null));
        String withLandlineOnly = closed(new SubmitterInput("Ola", null, "33 00 00 00", null));

        assertThat(links.surveyUrl(withEmail)).hasValueSatisfying(url ->
                assertThat(url).matches("http://localhost:8080/melding/undersokelse/[A-Za-z0-9_-]{43}"));
        assertThat(links.surveyUrl(withMobile)).isPresent();
        assertThat(links.surveyUrl(withLandlineOnly)).isEmpty();
        assertThat(links.statusUrl(withLandlineOnly)).hasValueSatisfying(url ->
                assertThat(url).matches("http://localhost:8080/melding/status/[A-Za-z0-9_-]{43}"));
        assertThat(links.statusUrl(withEmail)).isNotEqualTo(links.statusUrl(withMobile));
    }

    @Test
    void shouldOpenTheSurveyForAMessageRecordedBeforeTheLinksExisted() {
        String caseNumber = assigned(phone());
        jdbc.update("delete from citizen_link where message_id = ?", record(caseNumber).getId());
        assertThat(links.statusUrl(caseNumber)).isEmpty();

        cases.completeTask(caseNumber, Map.of("reached", "true", "answer", "Hullet fylles i uke 49.",
                "satisfaction", "SATISFIED"));
        cases.completeTask(caseNumber, Map.of());

        assertThat(links.surveyUrl(caseNumber)).isPresent();
        assertThat(links.statusUrl(caseNumber)).isPresent();
    }

    @Test
    void shouldTakeAYesOnceAndStartNothing() {
        String caseNumber = closed(phone());
        String token = surveyToken(caseNumber);

        assertThat(citizenCase.answerSurvey(token, true, "Raskt og greit.")).isTrue();
        assertThat(citizenCase.answerSurvey(token, false, "Likevel ikke.")).as("answered once").isFalse();

        CitizenVerdict verdict = verdict(caseNumber);
        assertThat(verdict.getSatisfied()).isTrue();
        assertThat(verdict.getComment()).isEqualTo("Raskt og greit.");
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("citizen-verdict")
                .processInstanceBusinessKey(caseNumber).count()).isZero();
        assertThat(citizenCase.survey(token)).hasValueSatisfying(s -> assertThat(s.answered()).isTrue());
    }

    @Test
    void shouldRefuseASurveyAnswerWithoutYesOrNo() {
        String caseNumber = closed(phone());

        assertThatThrownBy(() -> citizenCase.answerSurvey(surveyToken(caseNumber), null, "Hm."))
                .isInstanceOf(no.medvirk.forms.InvalidInputException.class).hasMessageContaining("Velg ja eller nei.");
        assertThat(verdicts.findByMessageIdAndSource(record(caseNumber).getId(), CitizenVerdict.Source.SURVEY)).isEmpty();
    }

    @Test
    void shouldReopenTheCaseForTheUnitWhenTheLeadersTakeItUpAgain() {
        String caseNumber = closed(phone());
        ProcessInstance verdictProcess = saidNo(caseNumber);
        Task consider = taskOf(verdictProcess);
        assertThat(consider.getName()).isEqualTo("Vurder ny oppfølging");
        assertThat(taskService.getIdentityLinksForTask(consider.getId())).extracting(l -> l.getGroupId())
                .containsExactly("unit-vei-leaders");
        assertThat(formService.getTaskFormVariables(consider.getId()).get("verdictComment")).isEqualTo("Ingen har fylt hullet.");
        assertThat(taskService.getVariable(consider.getId(), "cardText").toString()).contains("Vei og trafikk");

        ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(2026, 11, 30, 10, 0).atZone(OSLO).toInstant()));
        taskService.complete(consider.getId(), Map.of("reopen", "true"));

        assertThat(verdictProcess).isEnded().hasPassed("Task_ReopenMessage", "EndEvent_Reopened");
        ProcessInstance again = runtimeService.createProcessInstanceQuery().processDefinitionKey("message-lifecycle")
                .processInstanceBusinessKey(caseNumber).singleResult();
        assertThat(again).isWaitingAt("Task_AssignCaseworker");
        assertThat(taskService.getIdentityLinksForTask(taskOf(again).getId())).extracting(l -> l.getGroupId())
                .containsExactly("unit-vei-leaders");
        Message message = record(caseNumber);
        assertThat(message.getStatus()).isEqualTo(MessageStatus.FORWARDED);
        assertThat(message.getClosedAt()).isNull();
        assertThat(message.getContactDeadline()).isEqualTo(
                LocalDateTime.of(2026, 12, 10, 10, 0).atZone(OSLO).toInstant());
        assertThat(taskOf(again).getDueDate().toInstant()).isEqualTo(message.getContactDeadline());
        assertThat(verdict(caseNumber).getFollowUp()).isEqualTo(CitizenVerdict.FollowUp.REOPENED);

        // Handled again, the case closes again, and the survey already answered stays answered.
        taskService.complete(taskOf(again).getId(), Map.of("caseworker", "kari"));
        taskService.complete(taskOf(again).getId(), Map.of("reached", "true", "answer", "Hullet er fylt nå.",
                "satisfaction", "SATISFIED"));
        taskService.complete(taskOf(again).getId(), Map.of());
        assertThat(again).isEnded();
        assertThat(record(caseNumber).getStatus()).isEqualTo(MessageStatus.CLOSED);
        assertThat(citizenCase.survey(surveyToken(caseNumber))).hasValueSatisfying(s -> assertThat(s.answered()).isTrue());
    }

    @Test
    void shouldRecordTheLeadersExplanationAndShowItToTheCitizen() {
        String caseNumber = closed(phone());
        ProcessInstance verdictProcess = saidNo(caseNumber);
        Task consider = taskOf(verdictProcess);

        assertThatThrownBy(() -> taskService.complete(consider.getId(), Map.of("reopen", "false")))
                .isInstanceOf(FormFieldValidationException.class)
                .hasMessageContaining("Skriv forklaringen innbyggeren skal få.");
        taskService.complete(consider.getId(), Map.of("reopen", "false",
                "explanation", "Hullet ligger på en privat vei. Vi har sagt fra til eieren."));

        assertThat(verdictProcess).isEnded().hasPassed("EndEvent_Explained").hasNotPassed("Task_ReopenMessage");
        CitizenVerdict verdict = verdict(caseNumber);
        assertThat(verdict.getFollowUp()).isEqualTo(CitizenVerdict.FollowUp.EXPLAINED);
        assertThat(verdict.getExplanation()).isEqualTo("Hullet ligger på en privat vei. Vi har sagt fra til eieren.");
        assertThat(record(caseNumber).getStatus()).isEqualTo(MessageStatus.CLOSED);
        assertThat(citizenCase.status(statusToken(caseNumber)).orElseThrow().explanation())
                .isEqualTo("Hullet ligger på en privat vei. Vi har sagt fra til eieren.");
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).count()).isZero();
    }

    // --- Helpers ------------------------------------------------------------------------------------

    private ProcessInstance saidNo(String caseNumber) {
        assertThat(citizenCase.answerSurvey(surveyToken(caseNumber), false, "Ingen har fylt hullet.")).isTrue();
        return runtimeService.createProcessInstanceQuery().processDefinitionKey("citizen-verdict")
                .processInstanceBusinessKey(caseNumber).singleResult();
    }

    private String assigned(SubmitterInput submitter) {
        String caseNumber = cases.assigned(message(submitter), "kari");
        caseNumbers.add(caseNumber);
        return caseNumber;
    }

    /** Registered, called and reached, followed up by the service centre: closed. */
    private String closed(SubmitterInput submitter) {
        String caseNumber = assigned(submitter);
        cases.completeTask(caseNumber, Map.of("reached", "true", "answer", "Hullet fylles i uke 49.",
                "satisfaction", "SATISFIED"));
        cases.completeTask(caseNumber, Map.of());
        assertThat(record(caseNumber).getStatus()).isEqualTo(MessageStatus.CLOSED);
        return caseNumber;
    }

    private Task taskOf(ProcessInstance instance) {
        return taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
    }

    private String statusToken(String caseNumber) {
        return cases.statusToken(caseNumber);
    }

    private String surveyToken(String caseNumber) {
        return links.surveyUrl(caseNumber).orElseThrow().substring(("http://localhost:8080" + CitizenLinks.SURVEY_PATH).length());
    }

    private Message record(String caseNumber) {
        return messages.findByCaseNumber(caseNumber).orElseThrow();
    }

    private CitizenVerdict verdict(String caseNumber) {
        return verdicts.findByMessageIdAndSource(record(caseNumber).getId(), CitizenVerdict.Source.SURVEY).orElseThrow();
    }

    private static MessageInput message(SubmitterInput submitter) {
        return new MessageInput("CARD", "2026-11-23", "Hullet i veien ved skolen er stort.", "COMPLAINT", "Vei og trafikk",
                false, false, submitter);
    }

    private static SubmitterInput phone() {
        return new SubmitterInput("Nina Nilsen", "Storgata 1", "90000000", "nina@example.no");
    }
}
