package no.medvirk.dialogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.util.List;
import java.util.Map;
import no.medvirk.ModelBeans;
import no.medvirk.PlainEngine;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Both paths through processes/dialogue-meeting-request.bpmn in a plain engine, each bean a fake and
 * the meeting a stand-in for dialogue-meeting: a request declined with an answer, and one accepted and
 * held. DialogueMeetingRequestProcessTest drives it with the real beans.
 */
@Deployment(resources = {"processes/dialogue-meeting-request.bpmn", "processes/forms/request-dialogue-meeting.form",
        "processes/forms/consider-meeting-request.form"})
class DialogueMeetingRequestModelTest {

    @RegisterExtension
    static final ProcessEngineExtension extension = PlainEngine.extension();

    ProcessEngine engine;
    ModelBeans beans;
    ProcessInstance request;

    @BeforeEach
    void askForAMeeting() {
        BpmnAwareTests.init(engine);
        beans = ModelBeans.named("recordMeetingRequest", "showMeetingRequest", "decideMeetingRequest",
                "declineMeetingRequest", "answerMeetingRequest", "createFollowUps", "prepareFollowUp",
                "eraseRequesterContact", "showDialogueInput", "recordFollowUp");
        beans.on("recordMeetingRequest", execution -> execution.setVariable("requestId", 4L));
        PlainEngine.deployStandIn(extension, "dialogue-meeting");
    }

    @Test
    void shouldRecordTheRequestForTheSecretariatToConsider() {
        start();

        assertThat(request).hasPassed("Task_RecordRequest").isWaitingAt("Task_ConsiderRequest");
        assertThat(task()).hasCandidateGroup("committee-secretariat");
        assertThat(beans.calls("recordMeetingRequest")).singleElement()
                .satisfies(seen -> assertThat(seen).containsEntry("topic", "Transport til dagsenteret"));
        assertThat(beans.calls("showMeetingRequest")).singleElement()
                .satisfies(seen -> assertThat(seen).containsEntry("requestId", 4L));
    }

    @Test
    void shouldAnswerWhoAskedWhenTheRequestIsDeclined() {
        start();
        beans.on("decideMeetingRequest", execution -> execution.setVariable("requestAccepted", false));

        complete(task(), Map.of("requestAcceptedAnswer", "false", "declineReason", "Tas opp i et planlagt møte."));

        assertThat(request).isEnded().hasPassed("Task_DeclineRequest", "EndEvent_RequestDeclined")
                .hasNotPassed("CallActivity_RequestedMeeting");
        assertThat(beans.calls("declineMeetingRequest")).singleElement()
                .satisfies(seen -> assertThat(seen).containsEntry("requestId", 4L));
    }

    @Test
    void shouldHoldTheMeetingWhenTheRequestIsAccepted() {
        start();
        beans.on("decideMeetingRequest", execution -> {
            execution.setVariable("meetingId", 9L);
            execution.setVariable("requestAccepted", true);
        });

        complete(task(), Map.of("requestAcceptedAnswer", "true", "unit", "hjemmetjeneste"));

        assertThat(request).isWaitingAt("CallActivity_RequestedMeeting");
        ProcessInstance meeting = engine.getRuntimeService().createProcessInstanceQuery()
                .superProcessInstanceId(request.getId()).singleResult();
        assertThat(engine.getRuntimeService().getVariable(meeting.getId(), "meetingId")).isEqualTo(9L);
        assertThat(beans.calls("declineMeetingRequest")).isEmpty();

        beans.on("createFollowUps", execution -> execution.setVariable("inputIds", List.of(21L)));
        beans.on("prepareFollowUp", execution -> {
            execution.setVariable("followUpGroup", "unit-hjemmetjeneste");
            execution.setVariable("followUpDue", new java.util.Date());
        });
        complete(engine.getTaskService().createTaskQuery().processInstanceId(meeting.getId()).singleResult());

        // The inputs are followed up like a planned meeting's, then the requester's address is erased.
        assertThat(beans.calls("answerMeetingRequest")).singleElement()
                .satisfies(seen -> assertThat(seen).containsEntry("meetingId", 9L));
        assertThat(request).isWaitingAt("Task_FollowUpInput");
        assertThat(task()).hasCandidateGroup("unit-hjemmetjeneste");
        complete(task(), Map.of("followUpFinished", true));
        assertThat(request).isEnded().hasPassed("Task_CreateFollowUps", "EndEvent_InputFollowedUp",
                "Task_EraseContact", "EndEvent_RequestedMeetingDone");
        assertThat(beans.called()).containsSubsequence("answerMeetingRequest", "createFollowUps", "prepareFollowUp",
                "showDialogueInput", "recordFollowUp", "eraseRequesterContact");
    }

    private void start() {
        request = engine.getRuntimeService().startProcessInstanceByKey("dialogue-meeting-request", Map.of(
                "requestedBy", "Eldrerådet", "topic", "Transport til dagsenteret", "wishedPeriod", "September"));
        assertThat(request).isStarted();
    }
}
