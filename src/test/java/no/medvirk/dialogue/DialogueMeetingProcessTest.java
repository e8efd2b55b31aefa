package no.medvirk.dialogue;

import static no.medvirk.dialogue.DialogueCases.at;
import static no.medvirk.dialogue.DialogueCases.input;
import static no.medvirk.dialogue.DialogueCases.json;
import static no.medvirk.dialogue.DialogueCases.minutes;
import static no.medvirk.dialogue.DialogueCases.oslo;
import static no.medvirk.dialogue.DialogueCases.plain;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import no.medvirk.MedvirkTest;
import no.medvirk.notification.OutboxMail;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every path through processes/dialogue-meeting.bpmn (D3-D5), one meeting with Vei, park og idrett
 * on Wednesday 14 May 2031, 18-20: invitation, agenda input, the meeting held, moved or cancelled,
 * minutes returned, approved and late.
 */
@MedvirkTest
class DialogueMeetingProcessTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    DialogueCases cases;
    @Autowired
    DialogueMeetings meetings;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    DialogueDocuments documents;

    long meetingId;
    ProcessInstance instance;
    long mailsBefore;

    @BeforeEach
    void planAMeeting() {
        BpmnAwareTests.init(engine);
        meetingId = cases.plannedMeeting();
        mailsBefore = cases.lastMailId();
        instance = cases.startMeeting(meetingId);
    }

    @AfterEach
    void cleanUp() {
        cases.cleanUp();
    }

    @Test
    void shouldInviteThreeWeeksAheadWithAgendaThemesAndServiceInformation() {
        assertThat(instance).isWaitingAt("Event_InvitationDue");
        Job invitation = cases.onlyJob(instance.getId());
        assertThat(invitation.getDuedate()).isEqualTo(oslo(2031, 4, 23, 18, 0));
        assertThat(cases.mailsAfter(mailsBefore)).isEmpty();

        at(2031, 4, 23, 18, 0);
        cases.run(invitation);

        assertThat(instance).hasPassed("Task_SendInvitation").isWaitingAt("Task_RegisterAgendaInput");
        List<OutboxMail> mails = cases.mailsAfter(mailsBefore);
        // The user council and employees, then the participants: the group, its coordinator, the unit's
        // leader and the chief executive, whom the organisation file names for the administration.
        assertThat(mails).extracting(OutboxMail::getRecipient).containsExactly("idrettsradet@medvirk.example",
                "tillitsvalgt.vei@medvirk.example", "per.politiker@medvirk.example",
                "rita.representant@medvirk.example", "bjorn.bakke@medvirk.example", "sigrid.sekretaer@medvirk.example",
                "viggo.veiland@medvirk.example", "kommunedirektor@medvirk.example");
        OutboxMail mail = mails.get(0);
        assertThat(mail.getSubject()).isEqualTo("Invitasjon til dialogmøte med Vei, park og idrett onsdag 14. mai 2031 kl. 18:00–20:00");
        assertThat(mail.getBody()).contains("Rådhuset, møterom 1", "Hvordan opplever dere brøytingen?",
                "ledet av Per Politiker, med Rita Representant, Bjørn Bakke",
                "- Per Politiker (Gruppens leder)\n- Rita Representant (Politiker i gruppen)\n- Bjørn Bakke (Politiker i "
                        + "gruppen)\n- Sigrid Sekretær (Koordinator)\n- Viggo Veiland (Enhetsleder)\n- Kristin Direktør "
                        + "(Kommunedirektøren)", "1. Velkommen, ved gruppens leder Per Politiker",
                "4. Eventuelt", "fram til onsdag 7. mai 2031, til koordinatoren\nSigrid Sekretær (sigrid.sekretaer@medvirk.example)",
                "240 km kommunal vei");
        DialogueMeeting meeting = meetings.get(meetingId);
        assertThat(meeting.getStatus()).isEqualTo(MeetingStatus.INVITED);
        assertThat(meeting.getInvitedAt()).isEqualTo(oslo(2031, 4, 23, 18, 0).toInstant());
        Task agendaInput = cases.task(instance.getId(), "Task_RegisterAgendaInput");
        assertThat(agendaInput.getAssignee()).isEqualTo("sekretar");
        assertThat(agendaInput.getDueDate()).isEqualTo(oslo(2031, 5, 7, 18, 0));
        // Tasklist's filters show it on the task; the group leader may read it, as everyone may.
        engine.getIdentityService().setAuthentication("politiker", List.of("politicians", "medvirk-users"));
        try {
            assertThat(engine.getRuntimeService().createVariableInstanceQuery().processInstanceIdIn(instance.getId())
                    .variableName("meetingName").singleResult().getValue()).isEqualTo("Vei, park og idrett 14.05.2031");
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
        assertThat(cases.shown(agendaInput)).containsEntry("unitName", "Vei, park og idrett")
                .containsEntry("agendaDeadlineText", "onsdag 7. mai 2031");
    }

    @Test
    void shouldTakeAgendaInputUntilTheDeadlineAndThenSendTheFinalAgenda() {
        cases.run(cases.onlyJob(instance.getId()));
        at(2031, 4, 28, 9, 0);
        cases.submit(instance.getId(), "Task_RegisterAgendaInput", Map.of("agendaItems", json(List.of(
                Map.of("text", "Parkering ved hallen", "proposedBy", "Idrettsrådet"), Map.of()))));

        // The coordinator may come back with more until the deadline.
        assertThat(instance).isWaitingAt("Task_RegisterAgendaInput");
        Task again = cases.task(instance.getId(), "Task_RegisterAgendaInput");
        assertThat(plain(cases.shown(again).get("agendaMarkdown")))
                .contains("- Parkering ved hallen (meldt inn av Idrettsrådet)");
        long beforeFinal = cases.lastMailId();

        at(2031, 5, 7, 18, 0);
        Job deadline = cases.onlyJob(instance.getId());
        assertThat(deadline.getDuedate()).isEqualTo(oslo(2031, 5, 7, 18, 0));
        cases.run(deadline);

        assertThat(instance).hasPassed("BoundaryEvent_AgendaDeadline", "Task_SendFinalAgenda")
                .isWaitingAt("Task_RecordMeeting");
        assertThat(cases.task(instance.getId(), "Task_RegisterAgendaInput")).isNull();
        List<OutboxMail> finalAgenda = cases.mailsAfter(beforeFinal);
        assertThat(finalAgenda).hasSize(8);
        assertThat(finalAgenda.get(0).getSubject()).startsWith("Endelig agenda for dialogmøtet med Vei, park og idrett");
        assertThat(finalAgenda.get(0).getBody()).contains("4. Parkering ved hallen (meldt inn av Idrettsrådet)",
                "5. Eventuelt");
        DialogueMeeting meeting = loaded(meetingId);
        assertThat(meeting.getAgendaItems()).extracting(AgendaItem::getText).containsExactly("Parkering ved hallen");
        assertThat(meeting.getFinalAgendaAt()).isEqualTo(oslo(2031, 5, 7, 18, 0).toInstant());
        Task record = cases.task(instance.getId(), "Task_RecordMeeting");
        assertThat(record.getAssignee()).isEqualTo("politiker");
        assertThat(record.getDueDate()).isEqualTo(oslo(2031, 5, 14, 20, 0));
    }

    @Test
    void shouldSendTheFinalAgendaAsItWasWhenNoInputCame() {
        cases.run(cases.onlyJob(instance.getId()));
        long beforeFinal = cases.lastMailId();
        cases.run(cases.onlyJob(instance.getId()));

        assertThat(instance).isWaitingAt("Task_RecordMeeting");
        assertThat(cases.mailsAfter(beforeFinal).get(0).getBody()).contains("3. Temaer fra utvalget", "4. Eventuelt");
    }

    @Test
    void shouldInviteAgainWhenTheMeetingIsMoved() {
        cases.run(cases.onlyJob(instance.getId()));
        cases.run(cases.onlyJob(instance.getId()));
        Task record = cases.task(instance.getId(), "Task_RecordMeeting");

        assertThatThrownBy(() -> cases.submit(record, Map.of("meetingOutcome", "MOVED", "newDate", "2031-03-01",
                "newStartTime", "18:00", "newEndTime", "20:00")))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("2031-03-01 er passert");
        cases.submit(record, Map.of("meetingOutcome", "MOVED", "newDate", "2031-06-11", "newStartTime", "17:00",
                "newEndTime", "19:00"));

        assertThat(instance).hasPassed("Task_RecordMeeting").isWaitingAt("Event_InvitationDue");
        assertThat(cases.onlyJob(instance.getId()).getDuedate()).isEqualTo(oslo(2031, 5, 21, 17, 0));
        DialogueMeeting meeting = meetings.get(meetingId);
        assertThat(meeting.getMeetingDate()).isEqualTo(LocalDate.of(2031, 6, 11));
        assertThat(meeting.getStartTime()).isEqualTo("17:00");
        assertThat(meeting.getStatus()).isEqualTo(MeetingStatus.PLANNED);
        assertThat(meeting.getInvitedAt()).isNull();

        long beforeNew = cases.lastMailId();
        cases.run(cases.onlyJob(instance.getId()));
        assertThat(cases.mailsAfter(beforeNew).get(0).getSubject()).endsWith("onsdag 11. juni 2031 kl. 17:00–19:00");
        assertThat(cases.task(instance.getId(), "Task_RegisterAgendaInput").getDueDate())
                .isEqualTo(oslo(2031, 6, 4, 17, 0));
    }

    @Test
    void shouldEndWithTheReasonWhenTheMeetingIsCancelled() {
        cases.run(cases.onlyJob(instance.getId()));
        cases.run(cases.onlyJob(instance.getId()));
        Task record = cases.task(instance.getId(), "Task_RecordMeeting");

        assertThatThrownBy(() -> cases.submit(record, Map.of("meetingOutcome", "CANCELLED")))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("hvorfor møtet ble avlyst");
        cases.submit(record, Map.of("meetingOutcome", "CANCELLED", "cancelReason", "For få påmeldte."));

        assertThat(instance).isEnded().hasPassed("EndEvent_MeetingCancelled").hasNotPassed("Task_WriteMinutes");
        DialogueMeeting meeting = meetings.get(meetingId);
        assertThat(meeting.getStatus()).isEqualTo(MeetingStatus.CANCELLED);
        assertThat(meeting.getCancelReason()).isEqualTo("For få påmeldte.");
    }

    @Test
    void shouldSendTheMinutesBackOnceAndKeepTheApprovedVersion() {
        cases.run(cases.onlyJob(instance.getId()));
        cases.run(cases.onlyJob(instance.getId()));
        at(2031, 5, 14, 21, 0);
        cases.submit(instance.getId(), "Task_RecordMeeting", Map.of("meetingOutcome", "HELD"));
        Task write = cases.task(instance.getId(), "Task_WriteMinutes");
        assertThat(write.getAssignee()).isEqualTo("sekretar");
        assertThat(write.getDueDate()).isEqualTo(oslo(2031, 5, 21, 20, 0));
        assertThat(meetings.get(meetingId).getStatus()).isEqualTo(MeetingStatus.HELD);

        assertThat(cases.shown(write).get("attendance").toString()).contains(
                "{\"name\":\"Per Politiker\",\"role\":\"Gruppens leder\"}",
                "{\"name\":\"Kristin Direktør\",\"role\":\"Kommunedirektøren\"}");
        List<Map<String, Object>> attendance = cases.allPresent(write);
        attendance.get(0).remove("status");
        assertThatThrownBy(() -> cases.submit(write, Map.of("points", "Noe", "attendance", json(attendance))))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("Velg om Per Politiker møtte.");
        attendance.get(0).put("status", "PRESENT");
        attendance.get(1).put("status", "SUBSTITUTE");
        attendance.get(1).put("substitute", "Vera Vara");
        attendance.get(2).put("status", "ABSENT");
        Map<String, Object> written = new java.util.HashMap<>(minutes(List.of(input("Lengre åpningstid i hallen", "vei"),
                input("Flere plasser i barnehagen", "barnehage"))));
        written.put("attendance", json(attendance));
        cases.submit(write, written);
        assertThat(loaded(meetingId).getAttendance()).extracting(MeetingAttendance::getName,
                MeetingAttendance::getRole, MeetingAttendance::getStatus, MeetingAttendance::getSubstituteFor)
                .containsExactly(tuple("Per Politiker", ParticipantRole.LEADER, AttendanceStatus.PRESENT, null),
                        tuple("Rita Representant", ParticipantRole.POLITICIAN, AttendanceStatus.ABSENT, null),
                        tuple("Vera Vara", ParticipantRole.POLITICIAN, AttendanceStatus.SUBSTITUTE, "representant"),
                        tuple("Bjørn Bakke", ParticipantRole.POLITICIAN, AttendanceStatus.ABSENT, null),
                        tuple("Sigrid Sekretær", ParticipantRole.COORDINATOR, AttendanceStatus.PRESENT, null),
                        tuple("Viggo Veiland", ParticipantRole.UNIT_LEADER, AttendanceStatus.PRESENT, null),
                        tuple("Kristin Direktør", ParticipantRole.ADMINISTRATION, AttendanceStatus.PRESENT, null));
        String csv = transaction.execute(s -> new String(documents.attendanceCsv(List.of(meetings.get(meetingId))),
                java.nio.charset.StandardCharsets.UTF_8));
        assertThat(csv).contains("Møte med;Møtedato;Navn;Rolle;Organ;Oppmøte;Vara for",
                "Vei, park og idrett;14.05.2031;Per Politiker;Gruppens leder;Tjenesteutvalget;Til stede;",
                "Vei, park og idrett;14.05.2031;Vera Vara;Politiker i gruppen;Tjenesteutvalget;Vara;Rita Representant",
                "Vei, park og idrett;14.05.2031;Kristin Direktør;Kommunedirektøren;;Til stede;");
        Task approve = cases.task(instance.getId(), "Task_ApproveMinutes");
        assertThat(approve.getAssignee()).isEqualTo("politiker");
        assertThat(plain(cases.shown(approve).get("minutesMarkdown"))).contains("Åse Brukerrådsleder, Brukerrådet",
                "| Lengre åpningstid i hallen | Vei, park og idrett |", "| Flere plasser i barnehagen | Barnehage |");

        cases.submit(approve, Map.of("minutesApprovedAnswer", "false", "returnComment", "Ta med hvem som var til stede fra enheten."));

        assertThat(instance).isWaitingAt("Task_WriteMinutes");
        Task rewrite = cases.task(instance.getId(), "Task_WriteMinutes");
        assertThat(cases.shown(rewrite).get("attendance").toString()).contains(
                "\"status\":\"SUBSTITUTE\"", "\"substitute\":\"Vera Vara\"");
        assertThat(cases.shown(rewrite)).containsEntry("returnComment", "Ta med hvem som var til stede fra enheten.")
                .containsEntry("points", "Åpningstider og ventetid.");
        assertThat(cases.shown(rewrite).get("inputs").toString()).contains("Flere plasser i barnehagen");
        assertThat(meetings.get(meetingId).getMinutesStatus()).isEqualTo(MinutesStatus.RETURNED);

        cases.submit(rewrite, minutes(List.of(input("Lengre åpningstid i hallen", "vei"))));
        cases.submit(instance.getId(), "Task_ApproveMinutes", Map.of("minutesApprovedAnswer", "true"));

        assertThat(instance).isEnded().hasPassed("EndEvent_MinutesApproved").hasNotPassed("Task_RemindMinutesLate");
        DialogueMeeting meeting = loaded(meetingId);
        assertThat(meeting.getMinutesStatus()).isEqualTo(MinutesStatus.APPROVED);
        assertThat(meeting.getMinutesReturnComment()).isNull();
        assertThat(meeting.getMinutesApprovedAt()).isEqualTo(oslo(2031, 5, 14, 21, 0).toInstant());
        assertThat(meeting.getAttendees()).extracting(MeetingAttendee::getName)
                .containsExactly("Åse Brukerrådsleder", "Tor Tillitsvalgt");
        assertThat(meeting.getInputs()).extracting(DialogueInput::getText, DialogueInput::getUnitCode,
                DialogueInput::getFollowUpStatus).containsExactly(tuple(
                "Lengre åpningstid i hallen", "vei", FollowUpStatus.OPEN));
        assertThat(meeting.getMinutesAgreed()).isEqualTo("Enheten ser på åpningstidene.");
    }

    @Test
    void shouldRemindTheCoordinatorOnceWhenTheMinutesAreLate() {
        cases.run(cases.onlyJob(instance.getId()));
        cases.run(cases.onlyJob(instance.getId()));
        cases.submit(instance.getId(), "Task_RecordMeeting", Map.of("meetingOutcome", "HELD"));
        Job late = cases.onlyJob(instance.getId());
        assertThat(late.getDuedate()).isEqualTo(oslo(2031, 5, 21, 20, 0));
        long beforeReminder = cases.lastMailId();

        at(2031, 5, 21, 20, 0);
        cases.run(late);

        assertThat(instance).hasPassed("Task_RemindMinutesLate", "EndEvent_Reminded").isWaitingAt("Task_WriteMinutes");
        List<OutboxMail> reminder = cases.mailsAfter(beforeReminder);
        assertThat(reminder).extracting(OutboxMail::getRecipient).containsExactly("sigrid.sekretaer@medvirk.example");
        assertThat(reminder.get(0).getSubject()).isEqualTo("Referatet fra dialogmøtet med Vei, park og idrett er forsinket");
        assertThat(reminder.get(0).getBody()).contains("Per Politiker");
        assertThat(meetings.get(meetingId).getMinutesRemindedAt()).isEqualTo(oslo(2031, 5, 21, 20, 0).toInstant());
        assertThat(cases.onlyJob(instance.getId())).as("one reminder only").isNull();

        cases.submit(instance.getId(), "Task_WriteMinutes", minutes(List.of()));
        cases.submit(instance.getId(), "Task_ApproveMinutes", Map.of("minutesApprovedAnswer", "true"));
        assertThat(instance).isEnded();
    }

    private DialogueMeeting loaded(long id) {
        return transaction.execute(status -> {
            DialogueMeeting meeting = meetings.get(id);
            meeting.getAgendaItems().size();
            meeting.getAttendees().size();
            meeting.getAttendance().size();
            meeting.getInputs().size();
            return meeting;
        });
    }
}
