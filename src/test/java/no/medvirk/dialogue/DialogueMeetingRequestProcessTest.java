package no.medvirk.dialogue;

import static no.medvirk.dialogue.DialogueCases.at;
import static no.medvirk.dialogue.DialogueCases.oslo;
import static no.medvirk.dialogue.DialogueCases.plain;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.medvirk.DeliveredMails;
import no.medvirk.MedvirkTest;
import no.medvirk.notification.OutboxMail;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Both paths through processes/dialogue-meeting-request.bpmn (D10): a request declined, and one accepted. */
@MedvirkTest
class DialogueMeetingRequestProcessTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    TaskService taskService;
    @Autowired
    DialogueCases cases;
    @Autowired
    MeetingRequests requests;
    @Autowired
    DialogueMeetings meetings;
    @Autowired
    DeliveredMails delivered;
    @Autowired
    MeetingRequestIntake intake;

    ProcessInstance instance;
    long mailsBefore;

    @BeforeEach
    void askForAMeeting() {
        BpmnAwareTests.init(engine);
        at(2031, 8, 4, 10, 0);
        mailsBefore = cases.lastMailId();
        instance = cases.startRequest(Map.of("requestedBy", "Eldrerådet", "contactEmail", "eldreradet@example.no",
                "topic", "Transport til dagsenteret", "wishedPeriod", "September"));
    }

    @AfterEach
    void cleanUp() {
        cases.cleanUp();
    }

    @Test
    void shouldRecordTheRequestForTheSecretariat() {
        assertThat(instance).hasPassed("Task_RecordRequest").isWaitingAt("Task_ConsiderRequest");
        MeetingRequest request = requests.findAll().get(0);
        assertThat(request.getRequestedBy()).isEqualTo("Eldrerådet");
        assertThat(request.getTopic()).isEqualTo("Transport til dagsenteret");
        assertThat(request.getStatus()).isEqualTo(RequestStatus.REQUESTED);
        assertThat(engine.getRuntimeService().getVariables(instance.getId())).containsEntry("requestId", request.getId())
                .doesNotContainKeys("requestedBy", "contactEmail", "topic", "wishedPeriod");
        // Whoever asked may be a private person: the address is kept in Medvirk's table only.
        assertThat(engine.getHistoryService().createHistoricDetailQuery().processInstanceId(instance.getId()).list())
                .noneSatisfy(d -> assertThat(d.toString()).contains("eldreradet@example.no"));
        Task task = cases.task(instance.getId(), "Task_ConsiderRequest");
        assertThat(taskService.getIdentityLinksForTask(task.getId())).extracting(IdentityLink::getGroupId)
                .contains("committee-secretariat");
        assertThat(plain(cases.shown(task).get("requestMarkdown"))).contains("| Eldrerådet | Transport til dagsenteret | September |");
    }

    @Test
    void shouldAnswerWithTheReasonWhenTheRequestIsDeclined() {
        Task task = cases.task(instance.getId(), "Task_ConsiderRequest");
        assertThatThrownBy(() -> cases.submit(task, Map.of("requestAcceptedAnswer", "false")))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("Skriv hvorfor");

        cases.submit(task, Map.of("requestAcceptedAnswer", "false", "declineReason", "Temaet tas opp i møtet med hjemmetjenesten."));

        assertThat(instance).isEnded().hasPassed("Task_DeclineRequest", "EndEvent_RequestDeclined")
                .hasNotPassed("CallActivity_RequestedMeeting");
        MeetingRequest request = requests.findAll().get(0);
        assertThat(request.getStatus()).isEqualTo(RequestStatus.DECLINED);
        assertThat(request.getDeclineReason()).isEqualTo("Temaet tas opp i møtet med hjemmetjenesten.");
        List<OutboxMail> mails = cases.mailsAfter(mailsBefore);
        assertThat(mails).extracting(OutboxMail::getRecipient).containsExactly("eldreradet@example.no");
        assertThat(mails.get(0).getBody()).contains("Transport til dagsenteret", "Temaet tas opp i møtet med hjemmetjenesten.");
        assertThat(meetings.findAll()).isEmpty();
        assertThat(request.getContactEmail()).as("nothing more goes to the address").isNull();
    }

    @Test
    void shouldAnswerRunTheMeetingAndFollowItUpWhenTheRequestIsAccepted() throws Exception {
        Map<String, Object> accept = new HashMap<>(Map.of("requestAcceptedAnswer", "true", "unit", "hjemmetjeneste",
                "leader", "politiker", "members", List.of("representant", "bjorn"), "coordinator", "sekretar", "date", "2031-09-17",
                "startTime", "18:00", "endTime", "20:00", "place", "Eldresenteret"));
        Task task = cases.task(instance.getId(), "Task_ConsiderRequest");
        assertThatThrownBy(() -> cases.submit(task, accept)).isInstanceOf(FormFieldValidationException.class)
                .hasMessageContaining("Møtet: skriv temaene for møtet.");
        accept.put("themes", "Transport til dagsenteret");

        cases.submit(task, accept);

        assertThat(instance).hasPassed("Task_AnswerAccepted")
                .isWaitingAt("CallActivity_RequestedMeeting");
        MeetingRequest request = requests.findAll().get(0);
        assertThat(request.getStatus()).isEqualTo(RequestStatus.ACCEPTED);
        DialogueMeeting meeting = meetings.findAll().get(0);
        assertThat(meeting.getRequestId()).isEqualTo(request.getId());
        assertThat(meeting.getPlanId()).isNull();
        assertThat(meeting.getUnitCode()).isEqualTo("hjemmetjeneste");
        // The requester is whom the meeting is with: its address is the meeting's contact.
        assertThat(meeting.getCounterpart()).isEqualTo("Eldrerådet");
        assertThat(meeting.getContacts()).containsExactly("eldreradet@example.no");
        assertThat(meeting.getMeetingDate()).isEqualTo(LocalDate.of(2031, 9, 17));
        assertThat(meeting.getGroup().getName()).isEqualTo("Etter forespørsel fra Eldrerådet");
        assertThat(meeting.getGroup().getLeader()).isEqualTo("politiker");
        ProcessInstance called = engine.getRuntimeService().createProcessInstanceQuery()
                .superProcessInstanceId(instance.getId()).singleResult();
        assertThat(called).isWaitingAt("Event_InvitationDue");
        assertThat(cases.onlyJob(called.getId()).getDuedate()).isEqualTo(oslo(2031, 8, 27, 18, 0));
        // Whoever asked hears at once that the meeting is held, when and where.
        List<OutboxMail> answer = cases.mailsAfter(mailsBefore);
        assertThat(answer).extracting(OutboxMail::getRecipient).containsExactly("eldreradet@example.no");
        assertThat(answer.get(0).getSubject()).isEqualTo(
                "Svar på forespørselen om dialogmøte: møtet holdes onsdag 17. september 2031 kl. 18:00–20:00");
        assertThat(delivered.awaitBody("eldreradet@example.no", "Svar på forespørselen om dialogmøte: møtet holdes",
                "Eldresenteret"))
                .contains("Til Eldrerådet", "Eldresenteret", "Hjemmetjenesten", "Transport til dagsenteret",
                        "Sigrid Sekretær (sigrid.sekretaer@medvirk.example)");
        long beforeMeeting = cases.lastMailId();

        cases.holdWithMinutes(called.getId(), List.of(DialogueCases.input("Fast rute til dagsenteret", "hjemmetjeneste")));

        // The requester is whom the meeting is with: invitation, final agenda and minutes reach them, once each.
        assertThat(cases.mailsAfter(beforeMeeting)).filteredOn(m -> m.getRecipient().equals("eldreradet@example.no"))
                .extracting(OutboxMail::getSubject).satisfiesExactly(
                        s -> assertThat(s).startsWith("Invitasjon til dialogmøte med Eldrerådet og Hjemmetjenesten"),
                        s -> assertThat(s).startsWith("Endelig agenda for dialogmøtet med Eldrerådet og Hjemmetjenesten"),
                        s -> assertThat(s).startsWith("Referat fra dialogmøtet med Eldrerådet og Hjemmetjenesten"));
        // Its input is followed up like a planned meeting's, three months after the minutes were approved.
        assertThat(instance).hasPassed("CallActivity_RequestedMeeting", "Task_CreateFollowUps")
                .isWaitingAt("Task_FollowUpInput");
        Task followUp = cases.task(instance.getId(), "Task_FollowUpInput");
        assertThat(taskService.getIdentityLinksForTask(followUp.getId())).extracting(IdentityLink::getGroupId)
                .contains("unit-hjemmetjeneste-leaders");
        assertThat(followUp.getDueDate()).isEqualTo(oslo(2031, 11, 4, 16, 0));
        long beforeFollowUp = cases.lastMailId();
        cases.submit(followUp, Map.of("followUpText", "Ny rute fra januar.", "followUpStatus", "DONE"));

        assertThat(cases.mailsAfter(beforeFollowUp)).extracting(OutboxMail::getRecipient, OutboxMail::getSubject)
                .containsExactly(tuple("brukerrad.hjemmetjeneste@medvirk.example",
                                "Innspillet ditt fra dialogmøtet med Eldrerådet og Hjemmetjenesten: Gjennomført"),
                        tuple("eldreradet@example.no", "Innspillet ditt fra dialogmøtet med Eldrerådet og Hjemmetjenesten: Gjennomført"));
        assertThat(instance).isEnded().hasPassed("EndEvent_InputFollowedUp", "Task_EraseContact",
                "EndEvent_RequestedMeetingDone");
        assertThat(meetings.findAll().get(0).getMinutesStatus()).isEqualTo(MinutesStatus.APPROVED);
        assertThat(meetings.findAll().get(0).getContacts()).as("the address is erased from the meeting too").isEmpty();
        MeetingRequest done = requests.findAll().get(0);
        assertThat(done.getContactEmail()).isNull();
        assertThat(done.getContactErasedAt()).isNotNull();
    }

    @Test
    void shouldMeetTheUnitsARequestFromThePublicFormConcernsAndInviteTheRequesterOnce() {
        long id = intake.receive(new MeetingRequestIntake.Asked("Foreldrerådet", "USER_COUNCIL", "foreldre@example.no",
                List.of("barnehage", "vei"), "Uteområdet", null));
        ProcessInstance asked = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey("Forespørsel " + id).singleResult();

        cases.submit(cases.task(asked.getId(), "Task_ConsiderRequest"), Map.of("requestAcceptedAnswer", "true",
                "unit", "vei", "leader", "politiker", "coordinator", "sekretar", "date", "2031-10-15",
                "startTime", "18:00", "endTime", "20:00", "place", "Solsikken", "themes", "Uteområdet"));

        DialogueMeeting meeting = meetings.findByRequestId(id).get(0);
        assertThat(meeting.getUnits()).containsExactly("vei", "barnehage");
        assertThat(meeting.getCounterpart()).isEqualTo("Foreldrerådet");
        assertThat(meeting.getContacts()).containsExactly("foreldre@example.no");
        long before = cases.lastMailId();
        ProcessInstance called = engine.getRuntimeService().createProcessInstanceQuery()
                .superProcessInstanceId(asked.getId()).singleResult();
        cases.run(cases.onlyJob(called.getId()));
        assertThat(cases.mailsAfter(before)).filteredOn(m -> m.getRecipient().equals("foreldre@example.no"))
                .extracting(OutboxMail::getSubject).singleElement().asString()
                .startsWith("Invitasjon til dialogmøte med Foreldrerådet, Vei, park og idrett og Barnehage");
    }
}
