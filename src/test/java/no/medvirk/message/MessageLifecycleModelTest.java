package no.medvirk.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.IntStream;
import no.medvirk.ModelBeans;
import no.medvirk.PlainEngine;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every path through processes/message-lifecycle.bpmn and its routing table in a plain engine, each
 * bean a fake: where the token goes, which bean is called with what. MessageLifecycleProcessTest drives
 * the same model with the real beans and database.
 */
@Deployment(resources = {"processes/message-lifecycle.bpmn", "processes/message-routing.dmn",
        "processes/forms/register-message.form", "processes/forms/assign-caseworker.form",
        "processes/forms/call-submitter.form", "processes/forms/record-callback.form",
        "processes/forms/answer-submitter.form", "processes/forms/handle-political-message.form",
        "processes/forms/contact-about-other-authority.form", "processes/forms/review-follow-up.form"})
class MessageLifecycleModelTest {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    /** Monday 15 March 2027, 09:00 in Oslo: the message is registered. */
    private static final Instant REGISTERED = LocalDateTime.of(2027, 3, 15, 9, 0).atZone(OSLO).toInstant();
    private static final Date DEADLINE = Date.from(LocalDateTime.of(2027, 3, 25, 9, 0).atZone(OSLO).toInstant());
    /** The day to call back by after the card, as SendContactCard sets it (here: the last call on the last day). */
    private static final Date CALLBACK_DEADLINE = Date.from(LocalDateTime.of(2027, 3, 30, 8, 0).atZone(OSLO).toInstant());

    @RegisterExtension
    static final ProcessEngineExtension extension = PlainEngine.extension();

    ProcessEngine engine;
    ModelBeans beans;

    @BeforeEach
    void fakeTheBeans() {
        BpmnAwareTests.init(engine);
        ClockUtil.setCurrentTime(Date.from(REGISTERED));
        beans = ModelBeans.named("recordMessage", "showMessage", "completeRegistration", "recordRouting",
                "forwardMessage", "offerCaseworkers", "assignCaseworker", "recordCallAttempt", "sendContactCard",
                "recordCallback", "recordAnswer", "remindOfDeadline", "closeUnreached", "closeMessage", "passOnPraise");
        beans.on("recordMessage", execution -> {
            execution.setProcessBusinessKey("27/1");
            execution.setVariables(registered(true));
        });
        beans.on("completeRegistration", execution -> execution.setVariables(registered(true)));
        // The routing decision's answer, as RecordRouting gives it to the gateway.
        beans.on("recordRouting", execution -> {
            @SuppressWarnings("unchecked")
            Map<String, Object> routing = (Map<String, Object>) execution.getVariable("routing");
            execution.setVariable("routedTo", routing.get("routedTo"));
            if (routing.get("unit") != null) {
                execution.setVariable("unitCode", routing.get("unit"));
                execution.setVariable("handOutGroup", "unit-" + routing.get("unit") + "-leaders");
            }
        });
        beans.on("recordCallAttempt", execution ->
                execution.setVariable("callAttempts", (Integer) execution.getVariable("callAttempts") + 1));
    }

    // --- Registration ------------------------------------------------------------------------------

    @Test
    void shouldRecordAMessageFromTheStartFormAndRouteItAfterCommitting() {
        ProcessInstance instance = engine.getRuntimeService().startProcessInstanceByKey("message-lifecycle", Map.of(
                "channel", "LETTER", "text", "Lyset i parken er slukket.", "kind", "QUESTION", "subjectArea", "Gatelys",
                "political", false, "external", false));

        assertThat(instance).hasPassed("Task_RecordMessage").isWaitingAt("Gateway_Registered");
        assertThat(beans.calls("recordMessage")).singleElement()
                .satisfies(seen -> assertThat(seen).containsEntry("text", "Lyset i parken er slukket."));
        assertThat(beans.called()).containsExactly("recordMessage");

        execute(job());

        assertThat(instance).hasPassed("Task_RouteMessage").isWaitingAt("Task_AssignCaseworker");
        assertThat(task()).hasCandidateGroup("unit-vei-leaders");
    }

    @Test
    void shouldNotRecordAgainAMessageTheApiOrAnIntakeStoredAlready() {
        Map<String, Object> stored = registered(true);
        stored.put("recorded", true);

        ProcessInstance instance = engine.getRuntimeService().startProcessInstanceByKey("message-lifecycle", "27/1", stored);

        assertThat(instance).hasNotPassed("Task_RecordMessage").isWaitingAt("Gateway_Registered");
        assertThat(beans.called()).isEmpty();
    }

    @Test
    void shouldLetTheServiceCentreRegisterAMessageThatCameInByItselfByFourOClock() {
        Date dueAt = Date.from(LocalDateTime.of(2027, 3, 15, 16, 0).atZone(OSLO).toInstant());
        Map<String, Object> received = new HashMap<>(Map.of("recorded", true, "registered", false,
                "registrationDue", dueAt, "hasPhone", true));
        ProcessInstance instance = engine.getRuntimeService().startProcessInstanceByKey("message-lifecycle", "27/1",
                received);
        assertThat(instance).isWaitingAt("Gateway_Registered");
        execute(job());

        assertThat(instance).isWaitingAt("Task_RegisterMessage");
        assertThat(task()).hasCandidateGroup("service-centre").hasDueDate(dueAt);
        assertThat(beans.called()).containsExactly("showMessage");

        complete(task(), Map.of("kind", "COMPLAINT", "subjectArea", "Parker og friområder"));

        assertThat(beans.calls("completeRegistration")).singleElement()
                .satisfies(seen -> assertThat(seen).containsEntry("subjectArea", "Parker og friområder"));
        assertThat(instance).hasPassed("Task_RouteMessage").isWaitingAt("Task_AssignCaseworker");
    }

    // --- Routing ----------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0} goes to {1}")
    @CsvSource({"Vei og trafikk, vei", "Barnehage, barnehage", "Hjemmetjenester, hjemmetjeneste",
            "NAV og sosiale tjenester, nav"})
    void shouldHandAMessageToTheUnitTheRoutingTableNames(String subjectArea, String unit) {
        ProcessInstance instance = routed(subjectArea, false, false);

        assertThat(routingSeen()).containsEntry("routedTo", "UNIT").containsEntry("unit", unit);
        assertThat(instance).isWaitingAt("Task_AssignCaseworker");
        assertThat(task()).hasCandidateGroup("unit-" + unit + "-leaders").hasDueDate(DEADLINE);
        assertThat(beans.called()).containsExactly("recordRouting", "forwardMessage", "showMessage", "offerCaseworkers");
    }

    @Test
    void shouldPassOnPraiseTheRulesOweNoCallToTheUnitsLeadersAndClose() {
        Map<String, Object> praise = registered(true);
        praise.putAll(Map.of("kind", "PRAISE", "callBack", false));

        ProcessInstance instance = startBefore("Task_RouteMessage", praise);

        assertThat(instance).isEnded().hasPassed("Task_PassOnPraise", "Task_ClosePassedOn", "EndEvent_PassedOn")
                .hasNotPassed("Task_AssignCaseworker");
        assertThat(beans.called()).containsExactly("recordRouting", "passOnPraise", "closeMessage");
    }

    @Test
    void shouldGiveAMessageWithPoliticalContentToTheMayorWhateverItsSubject() {
        ProcessInstance instance = routed("Barnehage", true, true);

        assertThat(routingSeen()).containsEntry("routedTo", "MAYOR");
        assertThat(routingSeen().get("unit")).isNull();
        assertThat(instance).isWaitingAt("Task_HandlePoliticalMessage");
        assertThat(task()).hasCandidateGroup("mayor").hasDueDate(DEADLINE);
        assertThat(beans.called()).containsExactly("recordRouting", "forwardMessage", "showMessage");

        complete(task(), Map.of("answeredBy", "POLITICAL", "answer", "Tas opp i formannskapet."));

        assertThat(beans.calls("recordAnswer")).singleElement()
                .satisfies(seen -> assertThat(seen).containsEntry("answeredBy", "POLITICAL"));
        assertThat(instance).isWaitingAt("Task_ReviewFollowUp");
    }

    @Test
    void shouldSendAMessageForAnotherAuthorityBackToTheServiceCentreAndCloseIt() {
        ProcessInstance instance = routed("Vei og trafikk", false, true);

        assertThat(routingSeen()).containsEntry("routedTo", "EXTERNAL");
        assertThat(routingSeen().get("unit")).isNull();
        assertThat(instance).isWaitingAt("Task_ContactAboutOtherAuthority");
        assertThat(task()).hasCandidateGroup("service-centre").hasDueDate(DEADLINE);
        assertThat(beans.called()).containsExactly("recordRouting", "showMessage");

        complete(task(), Map.of("answeredBy", "PHONE", "answer", "Statens vegvesen, tlf. 22 07 30 00"));

        assertThat(instance).isEnded().hasPassed("Task_CloseReferredMessage", "EndEvent_ReferredElsewhere")
                .hasNotPassed("Task_ReviewFollowUp");
        assertThat(beans.called()).endsWith("recordAnswer", "closeMessage");
    }

    // --- Hand out, call, answer -------------------------------------------------------------------

    @Test
    void shouldHaveTheChosenCaseworkerCallWhenThereIsAPhoneNumber() {
        ProcessInstance instance = startBefore("Task_AssignCaseworker", forwarded(true));

        complete(task(), Map.of("caseworker", "kari"));

        assertThat(beans.calls("assignCaseworker")).singleElement()
                .satisfies(seen -> assertThat(seen).containsEntry("caseworker", "kari"));
        assertThat(instance).isWaitingAt("Task_CallSubmitter");
        assertThat(task()).isAssignedTo("kari").hasDueDate(DEADLINE);
        assertThat(PlainEngine.candidateGroups(engine, task())).contains("unit-vei");
    }

    @Test
    void shouldHaveTheCaseworkerAnswerInWritingWhenThereIsNoPhoneNumber() {
        ProcessInstance instance = startBefore("Task_AssignCaseworker", forwarded(false));

        complete(task(), Map.of("caseworker", "kari"));

        assertThat(instance).isWaitingAt("Task_AnswerSubmitter").hasNotPassed("Task_CallSubmitter");
        assertThat(task()).isAssignedTo("kari").hasDueDate(DEADLINE);
        complete(task(), Map.of("answeredBy", "LETTER", "answer", "Svar sendt i brev."));

        assertThat(beans.calls("recordAnswer")).hasSize(1);
        assertThat(instance).isWaitingAt("Task_ReviewFollowUp");
    }

    @ParameterizedTest(name = "reached on call {0}")
    @ValueSource(ints = {1, 2, 3})
    void shouldCallAgainUntilTheSubmitterIsReached(int reachedOnCall) {
        ProcessInstance instance = startBefore("Task_CallSubmitter", assigned());

        for (int call = 1; call < reachedOnCall; call++) {
            complete(task(), Map.of("reached", false));
            assertThat(instance).isWaitingAt("Task_CallSubmitter");
        }
        complete(task(), Map.of("reached", true, "answer", "Vi fyller hullet i uke 12.", "satisfaction", "SATISFIED"));

        assertThat(instance).isWaitingAt("Task_ReviewFollowUp").hasNotPassed("Task_SendContactCard");
        assertThat(beans.calls("recordCallAttempt")).extracting(seen -> seen.get("callAttempts"))
                .containsExactlyElementsOf(IntStream.range(0, reachedOnCall).boxed().toList());
        assertThat(task()).hasCandidateGroup("service-centre");
    }

    @Test
    void shouldMakeTheContactCardAfterTheThirdFailedCallAndWaitForTheCallBack() {
        ProcessInstance instance = startBefore("Task_CallSubmitter", assigned());

        for (int call = 1; call <= 3; call++) {
            complete(task(), Map.of("reached", false));
        }

        assertThat(instance).hasPassed("Task_SendContactCard").isWaitingAt("Task_RecordCallback");
        assertThat(beans.calls("sendContactCard")).singleElement()
                .satisfies(seen -> assertThat(seen).containsEntry("callAttempts", 3));
        assertThat(task()).isAssignedTo("kari").hasDueDate(CALLBACK_DEADLINE);

        complete(task(), Map.of("answer", "Hullet fylles i uke 12.", "satisfaction", "PARTLY"));

        assertThat(beans.calls("recordCallback")).hasSize(1);
        assertThat(instance).isWaitingAt("Task_ReviewFollowUp");
    }

    @Test
    void shouldCloseAsNotReachedWhenTheDeadlinePassesAfterTheCard() {
        ProcessInstance instance = startBefore("Task_RecordCallback", assigned());
        Job deadline = timer("BoundaryEvent_ContactDeadlinePassed");
        assertThat(deadline.getDuedate()).isEqualTo(CALLBACK_DEADLINE);

        ClockUtil.setCurrentTime(CALLBACK_DEADLINE);
        execute(deadline);

        assertThat(instance).isEnded().hasPassed("Task_CloseUnreached", "EndEvent_NotReached")
                .hasNotPassed("Task_ReviewFollowUp", "Task_CloseMessage");
        assertThat(beans.called()).containsExactly("showMessage", "closeUnreached");
    }

    @Test
    void shouldRemindWhenTheDeadlinePassesAndKeepTheCallOpen() {
        ProcessInstance instance = startBefore("Task_CallSubmitter", assigned());
        String call = task().getId();
        assertThat(timer("BoundaryEvent_ContactDeadlineReached").getDuedate()).isEqualTo(DEADLINE);

        ClockUtil.setCurrentTime(DEADLINE);
        execute(timer("BoundaryEvent_ContactDeadlineReached"));

        assertThat(instance).hasPassed("Task_RemindOfDeadline", "EndEvent_Reminded").isWaitingAt("Task_CallSubmitter");
        assertThat(task().getId()).isEqualTo(call);
        assertThat(beans.calls("remindOfDeadline")).hasSize(1);
    }

    @Test
    void shouldLeaveItToTheReminderToRemindOnceWhenAFailedCallBringsTheTaskBackAfterTheDeadline() {
        ProcessInstance instance = startBefore("Task_CallSubmitter", assigned());
        ClockUtil.setCurrentTime(DEADLINE);
        execute(timer("BoundaryEvent_ContactDeadlineReached"));

        complete(task(), Map.of("reached", false));
        // The new call task has its own timer, due already.
        execute(timer("BoundaryEvent_ContactDeadlineReached"));

        assertThat(instance).isWaitingAt("Task_CallSubmitter");
        assertThat(beans.calls("remindOfDeadline")).hasSize(2);
    }

    @Test
    void shouldCloseTheCaseWhenTheServiceCentreHasSeenTheFollowUp() {
        ProcessInstance instance = startBefore("Task_ReviewFollowUp", assigned());
        assertThat(task()).hasCandidateGroup("service-centre");

        complete(task());

        assertThat(instance).isEnded().hasPassed("Task_CloseMessage", "EndEvent_MessageClosed");
        assertThat(beans.called()).containsExactly("showMessage", "closeMessage");
    }

    // --- Helpers ---------------------------------------------------------------------------------

    /** Registered and through the real routing table. */
    private ProcessInstance routed(String subjectArea, boolean political, boolean external) {
        Map<String, Object> variables = registered(true);
        variables.putAll(Map.of("subjectArea", subjectArea, "political", political, "external", external));
        return startBefore("Task_RouteMessage", variables);
    }

    private ProcessInstance startBefore(String activity, Map<String, Object> variables) {
        ProcessInstance instance = engine.getRuntimeService().createProcessInstanceByKey("message-lifecycle")
                .businessKey("27/1").startBeforeActivity(activity).setVariables(variables).execute();
        assertThat(instance).isStarted();
        return instance;
    }

    private Job timer(String boundaryEvent) {
        return engine.getManagementService().createJobQuery().timers().activityId(boundaryEvent).singleResult();
    }

    /** What RecordMessage and CompleteRegistration leave in the process (MessageVariables.registered). */
    private static Map<String, Object> registered(boolean hasPhone) {
        Map<String, Object> variables = new HashMap<>(Map.of("caseNumber", "27/1", "registered", true, "kind",
                "COMPLAINT", "subjectArea", "Vei og trafikk", "political", false, "external", false, "hasPhone",
                hasPhone, "contactDeadline", DEADLINE, "maxCallAttempts", 3, "callAttempts", 0));
        variables.put("callBack", true);
        return variables;
    }

    private static Map<String, Object> forwarded(boolean hasPhone) {
        Map<String, Object> variables = registered(hasPhone);
        variables.putAll(Map.of("routedTo", "UNIT", "unitCode", "vei", "handOutGroup", "unit-vei-leaders"));
        return variables;
    }

    private static Map<String, Object> assigned() {
        Map<String, Object> variables = forwarded(true);
        variables.put("caseworker", "kari");
        variables.put("callbackDeadline", CALLBACK_DEADLINE);
        return variables;
    }

    /** The routing table's answer, as the one call of RecordRouting saw it. */
    @SuppressWarnings("unchecked")
    private Map<String, Object> routingSeen() {
        assertThat(beans.calls("recordRouting")).hasSize(1);
        return (Map<String, Object>) beans.calls("recordRouting").get(0).get("routing");
    }
}
