package no.medvirk.dialogue;

import static no.medvirk.dialogue.DialogueCases.at;
import static no.medvirk.dialogue.DialogueCases.group;
import static no.medvirk.dialogue.DialogueCases.input;
import static no.medvirk.dialogue.DialogueCases.json;
import static no.medvirk.dialogue.DialogueCases.meeting;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import no.medvirk.DeliveredMails;
import no.medvirk.MedvirkTest;
import no.medvirk.notification.OutboxMail;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Results travel back (issue 19): approved minutes go to the participants and the unit; the bodies'
 * decisions and every follow-up's status go to the user council whose meeting gave the input.
 */
@MedvirkTest
class DialogueResultsTests {

    @Autowired
    ProcessEngine engine;
    @Autowired
    DialogueCases cases;
    @Autowired
    DeliveredMails delivered;

    long mailsBefore;

    @BeforeEach
    void init() {
        BpmnAwareTests.init(engine);
    }

    @AfterEach
    void cleanUp() {
        cases.cleanUp();
    }

    @Test
    void shouldMailTheApprovedMinutesToTheParticipantsAndTheUnitWithoutTheAttendeesNames() throws Exception {
        long meetingId = cases.plannedMeeting();
        ProcessInstance meeting = cases.startMeeting(meetingId);
        cases.run(cases.onlyJob(meeting.getId()));
        cases.run(cases.onlyJob(meeting.getId()));
        cases.submit(meeting.getId(), "Task_RecordMeeting", Map.of("meetingOutcome", "HELD"));
        cases.submit(meeting.getId(), "Task_WriteMinutes", DialogueCases.minutes(List.of(
                input("Lengre åpningstid i hallen", "vei"))));
        mailsBefore = cases.lastMailId();
        cases.submit(meeting.getId(), "Task_ApproveMinutes", Map.of("minutesApprovedAnswer", "false",
                "returnComment", "Skriv mer om parkeringen."));
        assertThat(cases.mailsAfter(mailsBefore)).as("returned minutes are not sent").isEmpty();
        cases.submit(meeting.getId(), "Task_WriteMinutes", DialogueCases.minutes(List.of(
                input("Lengre åpningstid i hallen", "vei"))));

        cases.submit(meeting.getId(), "Task_ApproveMinutes", Map.of("minutesApprovedAnswer", "true"));

        List<OutboxMail> mails = cases.mailsAfter(mailsBefore);
        // Whom the meeting is with, the participants (the group, the coordinator, the unit's leader, the
        // administration), then the unit.
        assertThat(mails).extracting(OutboxMail::getRecipient).containsExactly("idrettsradet@medvirk.example",
                "tillitsvalgt.vei@medvirk.example", "per.politiker@medvirk.example", "rita.representant@medvirk.example",
                "bjorn.bakke@medvirk.example", "sigrid.sekretaer@medvirk.example", "viggo.veiland@medvirk.example",
                "kommunedirektor@medvirk.example", "vei@medvirk.example");
        assertThat(mails.get(0).getSubject())
                .isEqualTo("Referat fra dialogmøtet med Vei, park og idrett onsdag 14. mai 2031 kl. 18:00–20:00");
        String body = delivered.awaitBody("vei@medvirk.example", "Referat fra dialogmøtet med Vei, park og idrett",
                "Lengre åpningstid i hallen");
        assertThat(body).contains("2 deltakere fra Brukerrådet, Fagforbundet", "Åpningstider og ventetid.",
                "1. Lengre åpningstid i hallen", "Enheten ser på åpningstidene.", "Neste møte: Våren neste år")
                .doesNotContain("Åse Brukerrådsleder", "Tor Tillitsvalgt");
    }

    @Test
    void shouldTellTheUserCouncilsEachBodysDecisionAndEveryFollowUpOfTheirInputs() throws Exception {
        ProcessInstance cycle = cases.startCycle(2031);
        cases.submit(cycle.getId(), "Task_PlanMeetings", Map.of(
                "groups", json(List.of(group("Gruppe 1", "politiker", List.of("representant", "bjorn"), "sekretar"))),
                "meetings", json(List.of(meeting("vei", "Gruppe 1", "2031-05-14", "Rådhuset", "Brøyting"),
                        meeting("barnehage", "Gruppe 1", "2031-05-21", "Solsikken", "Plasser")))));
        cases.submit(cycle.getId(), "Task_RecordPlanApproval", Map.of("committeeMeetingDate", "2031-03-26",
                "planApprovedAnswer", "true"));
        List<ProcessInstance> called = cases.meetingsOf(cycle.getId());
        cases.holdWithMinutes(called.get(0).getId(), List.of(input("Lengre åpningstid i hallen", "vei")));
        cases.cancel(called.get(1).getId(), "Ingen kunne komme.");
        cases.submit(cycle.getId(), "Task_PrepareCasePresentation", Map.of("assessment", "Vurdering.",
                "proposedDecision", "Referatene fra dialogmøtene 2031 tas til orientering."));
        mailsBefore = cases.lastMailId();

        cases.submit(cycle.getId(), "Task_RecordCommitteeDecision", Map.of("decisionDate", "2031-09-10",
                "asProposedAnswer", "true"));
        cases.submit(cycle.getId(), "Task_RecordCouncilDecision", Map.of("decisionDate", "2031-09-24",
                "asProposedAnswer", "false", "decisionText", "Referatene tas til etterretning."));

        // Only the meeting that was held gave inputs: its user council hears both decisions.
        List<OutboxMail> decisions = cases.mailsAfter(mailsBefore);
        assertThat(decisions).extracting(OutboxMail::getRecipient, OutboxMail::getSubject).containsExactly(
                org.assertj.core.groups.Tuple.tuple("idrettsradet@medvirk.example",
                        "Tjenesteutvalget har behandlet dialogmøtene – også møtet med Vei, park og idrett"),
                org.assertj.core.groups.Tuple.tuple("idrettsradet@medvirk.example",
                        "Kommunestyret har behandlet dialogmøtene – også møtet med Vei, park og idrett"));
        assertThat(decisions.get(0).getBody()).contains("10. september 2031",
                "Referatene fra dialogmøtene 2031 tas til orientering.", "1. Lengre åpningstid i hallen");
        assertThat(delivered.awaitBody("idrettsradet@medvirk.example", "Kommunestyret har behandlet",
                "Referatene tas til etterretning."))
                .contains("24. september 2031", "Referatene tas til etterretning.");

        at(2031, 12, 1, 9, 0);
        mailsBefore = cases.lastMailId();
        Task followUp = cases.task(cycle.getId(), "Task_FollowUpInput");
        cases.submit(followUp, Map.of("followUpText", "Tas med i budsjettet.", "followUpStatus", "PLANNED",
                "nextFollowUp", "2032-03-01"));
        cases.submit(cases.task(cycle.getId(), "Task_FollowUpInput"), Map.of("followUpText", "Hallen er åpen til 23.",
                "followUpStatus", "DONE"));

        List<OutboxMail> statuses = cases.mailsAfter(mailsBefore);
        assertThat(statuses).extracting(OutboxMail::getRecipient).containsExactly("idrettsradet@medvirk.example",
                "idrettsradet@medvirk.example");
        assertThat(statuses).extracting(OutboxMail::getSubject).containsExactly(
                "Innspillet ditt fra dialogmøtet med Vei, park og idrett: Planlagt",
                "Innspillet ditt fra dialogmøtet med Vei, park og idrett: Gjennomført");
        assertThat(statuses.get(0).getBody()).contains("Lengre åpningstid i hallen", "Tas med i budsjettet.",
                "igjen innen mandag 1. mars 2032");
        assertThat(delivered.awaitBody("idrettsradet@medvirk.example", "Innspillet ditt fra dialogmøtet med Vei, park og idrett: Gjennomført",
                "Hallen er åpen til 23."))
                .contains("Hallen er åpen til 23.").doesNotContain("igjen innen");
    }
}
