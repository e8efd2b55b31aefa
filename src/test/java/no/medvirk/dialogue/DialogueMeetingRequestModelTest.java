package no.medvirk.dialogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

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
                "declineMeetingRequest");
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

        complete(engine.getTaskService().createTaskQuery().processInstanceId(meeting.getId()).singleResult());

        assertThat(request).isEnded().hasPassed("EndEvent_RequestedMeetingDone");
    }

    private void start() {
        request = engine.getRuntimeService().startProcessInstanceByKey("dialogue-meeting-request", Map.of(
                "requestedBy", "Eldrerådet", "topic", "Transport til dagsenteret", "wishedPeriod", "September"));
        assertThat(request).isStarted();
    }
}
