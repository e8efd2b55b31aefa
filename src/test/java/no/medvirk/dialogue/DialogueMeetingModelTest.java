package no.medvirk.dialogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
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

/**
 * Every path through processes/dialogue-meeting.bpmn in a plain engine, each bean a fake: the
 * invitation three weeks ahead, agenda input until the deadline, held, moved or cancelled, minutes
 * returned and approved, the reminder when they are late. DialogueMeetingProcessTest drives it with
 * the real beans. The meeting is on Wednesday 14 May 2031, 18:00-20:00.
 */
@Deployment(resources = {"processes/dialogue-meeting.bpmn", "processes/forms/register-agenda-input.form",
        "processes/forms/record-meeting.form", "processes/forms/write-minutes.form",
        "processes/forms/approve-minutes.form"})
class DialogueMeetingModelTest {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    private static final LocalDate MEETING_DAY = LocalDate.of(2031, 5, 14);

    @RegisterExtension
    static final ProcessEngineExtension extension = PlainEngine.extension();

    ProcessEngine engine;
    ModelBeans beans;
    /** The day the meeting is on, as PrepareMeeting finds it in the record. */
    LocalDate meetingDay = MEETING_DAY;

    @BeforeEach
    void fakeTheBeans() {
        BpmnAwareTests.init(engine);
        ClockUtil.setCurrentTime(date(LocalDate.of(2031, 4, 1), 9));
        beans = ModelBeans.named("prepareMeeting", "sendInvitation", "showMeeting", "addAgendaItems",
                "sendFinalAgenda", "recordMeetingOutcome", "saveMinutes", "remindMinutesLate", "recordMinutesApproval");
        beans.on("prepareMeeting", execution -> execution.setVariables(prepared(meetingDay)));
    }

    @Test
    void shouldInviteThreeWeeksAheadAndTakeAgendaInputUntilAWeekAhead() {
        ProcessInstance meeting = engine.getRuntimeService().startProcessInstanceByKey("dialogue-meeting",
                Map.of("meetingId", 5L));

        assertThat(meeting).hasPassed("Task_PrepareMeeting").isWaitingAt("Event_InvitationDue");
        assertThat(beans.calls("prepareMeeting")).singleElement().satisfies(seen -> assertThat(seen)
                .containsEntry("meetingId", 5L));
        Job invitation = onlyJob(meeting);
        assertThat(invitation.getDuedate()).isEqualTo(date(MEETING_DAY.minusWeeks(3), 18));

        ClockUtil.setCurrentTime(invitation.getDuedate());
        execute(invitation);

        assertThat(meeting).hasPassed("Task_SendInvitation").isWaitingAt("Task_RegisterAgendaInput");
        assertThat(task()).isAssignedTo("sekretar").hasDueDate(date(MEETING_DAY.minusWeeks(1), 18));
        complete(task(), Map.of("agendaItems", "[]"));
        complete(task(), Map.of("agendaItems", "[]"));

        assertThat(meeting).isWaitingAt("Task_RegisterAgendaInput");
        assertThat(beans.calls("addAgendaItems")).hasSize(2);
        assertThat(beans.called()).containsExactly("prepareMeeting", "sendInvitation", "showMeeting", "addAgendaItems",
                "showMeeting", "addAgendaItems", "showMeeting");
    }

    @Test
    void shouldSendTheFinalAgendaAtTheDeadlineAndAskTheLeaderWhatBecameOfTheMeeting() {
        ProcessInstance meeting = startBefore("Task_RegisterAgendaInput");
        Job deadline = onlyJob(meeting);
        assertThat(deadline.getDuedate()).isEqualTo(date(MEETING_DAY.minusWeeks(1), 18));

        ClockUtil.setCurrentTime(deadline.getDuedate());
        execute(deadline);

        assertThat(meeting).hasPassed("BoundaryEvent_AgendaDeadline", "Task_SendFinalAgenda")
                .isWaitingAt("Task_RecordMeeting");
        assertThat(task()).isAssignedTo("politiker").hasDueDate(date(MEETING_DAY, 20));
        assertThat(beans.calls("addAgendaItems")).isEmpty();
        assertThat(beans.calls("sendFinalAgenda")).hasSize(1);
    }

    @Test
    void shouldHaveTheCoordinatorWriteTheMinutesOfAMeetingHeld() {
        ProcessInstance meeting = startBefore("Task_RecordMeeting");

        complete(task(), Map.of("meetingOutcome", "HELD"));

        assertThat(meeting).isWaitingAt("Task_WriteMinutes");
        assertThat(task()).isAssignedTo("sekretar").hasDueDate(date(MEETING_DAY.plusWeeks(1), 20));
        assertThat(beans.calls("recordMeetingOutcome")).singleElement()
                .satisfies(seen -> assertThat(seen).containsEntry("meetingOutcome", "HELD"));
    }

    @Test
    void shouldPrepareAndInviteAgainWhenTheMeetingIsMoved() {
        ProcessInstance meeting = startBefore("Task_RecordMeeting");
        meetingDay = LocalDate.of(2031, 6, 11);

        complete(task(), Map.of("meetingOutcome", "MOVED", "newDate", "2031-06-11"));

        assertThat(meeting).isWaitingAt("Event_InvitationDue");
        assertThat(beans.calls("prepareMeeting")).singleElement()
                .satisfies(seen -> assertThat(seen).containsEntry("meetingOutcome", "MOVED"));
        assertThat(onlyJob(meeting).getDuedate()).isEqualTo(date(LocalDate.of(2031, 5, 21), 18));
    }

    @Test
    void shouldEndWhenTheMeetingIsCancelled() {
        ProcessInstance meeting = startBefore("Task_RecordMeeting");

        complete(task(), Map.of("meetingOutcome", "CANCELLED", "cancelReason", "For få påmeldte."));

        assertThat(meeting).isEnded().hasPassed("EndEvent_MeetingCancelled").hasNotPassed("Task_WriteMinutes");
    }

    @Test
    void shouldReturnTheMinutesToTheCoordinatorUntilTheLeaderApprovesThem() {
        ProcessInstance meeting = startBefore("Task_WriteMinutes");
        complete(task(), Map.of("points", "Åpningstider."));
        assertThat(meeting).isWaitingAt("Task_ApproveMinutes");
        assertThat(task()).isAssignedTo("politiker");

        complete(task(), Map.of("minutesApproved", false, "returnComment", "Ta med hvem som var til stede."));

        assertThat(meeting).isWaitingAt("Task_WriteMinutes");
        assertThat(task()).isAssignedTo("sekretar");
        complete(task(), Map.of("points", "Åpningstider og ventetid."));
        complete(task(), Map.of("minutesApproved", true));

        assertThat(meeting).isEnded().hasPassed("EndEvent_MinutesApproved").hasNotPassed("Task_RemindMinutesLate");
        assertThat(beans.calls("saveMinutes")).extracting(seen -> seen.get("points"))
                .containsExactly("Åpningstider.", "Åpningstider og ventetid.");
        assertThat(beans.calls("recordMinutesApproval")).hasSize(2);
    }

    @Test
    void shouldRemindTheCoordinatorOnceWhenTheMinutesAreLateAndWaitForThem() {
        ProcessInstance meeting = startBefore("Task_WriteMinutes");
        String write = task().getId();
        Job late = onlyJob(meeting);
        assertThat(late.getDuedate()).isEqualTo(date(MEETING_DAY.plusWeeks(1), 20));

        ClockUtil.setCurrentTime(late.getDuedate());
        execute(late);

        assertThat(meeting).hasPassed("Task_RemindMinutesLate", "EndEvent_Reminded").isWaitingAt("Task_WriteMinutes");
        assertThat(task().getId()).isEqualTo(write);
        assertThat(beans.calls("remindMinutesLate")).hasSize(1);
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(meeting.getId()).count()).isZero();
    }

    private ProcessInstance startBefore(String activity) {
        Map<String, Object> variables = new HashMap<>(prepared(MEETING_DAY));
        variables.put("meetingId", 5L);
        ProcessInstance instance = engine.getRuntimeService().createProcessInstanceByKey("dialogue-meeting")
                .startBeforeActivity(activity).setVariables(variables).execute();
        assertThat(instance).isStarted();
        return instance;
    }

    private Job onlyJob(ProcessInstance instance) {
        return engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).singleResult();
    }

    /** What PrepareMeeting works out from the meeting at 18:00-20:00 with the default leads. */
    private static Map<String, Object> prepared(LocalDate day) {
        return Map.of("invitationAt", date(day.minusWeeks(3), 18), "agendaDeadline", date(day.minusWeeks(1), 18),
                "meetingEnd", date(day, 20), "minutesDue", date(day.plusWeeks(1), 20),
                "minutesApprovalDue", date(day.plusWeeks(2), 20), "leader", "politiker",
                "coordinator", "sekretar", "meetingName", "Vei, park og idrett " + day);
    }

    private static Date date(LocalDate day, int hour) {
        ZonedDateTime at = day.atTime(LocalTime.of(hour, 0)).atZone(OSLO);
        return Date.from(at.toInstant());
    }
}
