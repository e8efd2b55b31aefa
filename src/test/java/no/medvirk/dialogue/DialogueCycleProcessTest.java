package no.medvirk.dialogue;

import static no.medvirk.dialogue.DialogueCases.at;
import static no.medvirk.dialogue.DialogueCases.group;
import static no.medvirk.dialogue.DialogueCases.input;
import static no.medvirk.dialogue.DialogueCases.json;
import static no.medvirk.dialogue.DialogueCases.meeting;
import static no.medvirk.dialogue.DialogueCases.oslo;
import static no.medvirk.dialogue.DialogueCases.plain;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.medvirk.MedvirkTest;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
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

/**
 * Every path through processes/dialogue-cycle.bpmn (D1, D2, D6-D9): Tjenesteutvalget's year 2031,
 * planned in March with two groups and three units, decided in September and followed up after.
 */
@MedvirkTest
class DialogueCycleProcessTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    TaskService taskService;
    @Autowired
    DialogueCases cases;
    @Autowired
    DialoguePlans plans;
    @Autowired
    DialogueMeetings meetings;
    @Autowired
    DialogueInputs inputs;
    @Autowired
    BodyTreatments treatments;
    @Autowired
    DialogueDocuments documents;

    ProcessInstance cycle;

    @BeforeEach
    void startTheYear() {
        BpmnAwareTests.init(engine);
        at(2031, 3, 3, 9, 0);
        cycle = cases.startCycle(2031);
    }

    @AfterEach
    void cleanUp() {
        cases.cleanUp();
    }

    private org.camunda.bpm.engine.runtime.Job yearTimer() {
        return engine.getManagementService().createJobQuery().processDefinitionKey("dialogue-cycle").timers().list().stream().filter(j -> j.getProcessInstanceId() == null).findFirst()
                .orElseThrow();
    }

    @Test
    void shouldCreateTheYearsPlanForTheSecretaryWhoStartedIt() {
        assertThat(cycle).hasPassed("Task_CreatePlan").isWaitingAt("Task_PlanMeetings");
        DialoguePlan plan = plan();
        assertThat(plan.getCommittee()).isEqualTo("Tjenesteutvalget");
        assertThat(plan.getCaseworker()).isEqualTo("sekretar");
        assertThat(plan.getStatus()).isEqualTo(PlanStatus.PLANNING);
        assertThat(engine.getRuntimeService().getVariables(cycle.getId())).containsEntry("planId", plan.getId())
                .doesNotContainKeys("year", "committee");
        Task task = cases.task(cycle.getId(), "Task_PlanMeetings");
        assertThat(taskService.getIdentityLinksForTask(task.getId())).extracting(IdentityLink::getGroupId)
                .contains("committee-secretariat");
        assertThat(cases.shown(task)).containsEntry("year", 2031).containsEntry("committee", "Tjenesteutvalget").containsEntry("groupSize", 3)
                .containsEntry("cardText", "Dialogmøtene 2031");
        assertThat(cases.shown(task).get("unitOptions").toString()).contains("\"value\":\"vei\"", "\"label\":\"Vei, park og idrett\"");
        // The leader and the members are chosen among the organisation file's politicians.
        assertThat(cases.shown(task).get("politicianOptions").toString()).contains("\"value\":\"politiker\"",
                "Per Politiker (Tjenesteutvalget)", "\"value\":\"liv\"", "Liv Lunde (Kommunestyret)")
                .doesNotContain("sekretar");
        // Started by hand on 3 March: the year's due dates count from that day with the model's periods.
        assertThat(task.getDueDate()).isEqualTo(oslo(2031, 4, 2, 0, 0));
        assertThat(cases.shown(task)).containsEntry("meetingsPeriod", "mellom lørdag 3. mai 2031 og torsdag 3. juli 2031")
                .containsEntry("planDueText", "onsdag 2. april 2031");

        assertThatThrownBy(() -> cases.startCycle(2031)).isInstanceOf(FormFieldValidationException.class)
                .hasMessageContaining("Det finnes allerede en plan for dialogmøtene 2031.");
    }

    @Test
    void shouldStartTheYearOn1MarchByItsTimerWithTheCommitteeOfTheOrganisationFile() {
        cases.cleanUp();
        at(2032, 3, 1, 7, 0);

        cases.run(yearTimer());

        DialoguePlan plan = plans.findByYear(2032).orElseThrow();
        assertThat(plan.getCommittee()).isEqualTo("Tjenesteutvalget");
        assertThat(plan.getCaseworker()).as("no one started it").isNull();
        assertThat(plan.getGroupSize()).isEqualTo(3);
        ProcessInstance started = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey("Dialogmøter 2032").singleResult();
        assertThat(started).isWaitingAt("Task_PlanMeetings");
        Task task = cases.task(started.getId(), "Task_PlanMeetings");
        assertThat(task.getDueDate()).isEqualTo(oslo(2032, 3, 31, 0, 0));
        assertThat(yearTimer().getDuedate()).as("next year's start").isEqualTo(oslo(2033, 3, 1, 7, 0));

        taskService.claim(task.getId(), "sekretar");
        cases.submit(task, Map.of("groups", json(List.of(group("Gruppe 1", "politiker", List.of("representant", "bjorn"),
                "sekretar"))), "meetings", json(List.of(meeting("vei", "Gruppe 1", "2032-05-12", "Rådhuset", "Brøyting")))));
        assertThat(plans.findByYear(2032).orElseThrow().getCaseworker()).as("who planned it").isEqualTo("sekretar");
    }

    @Test
    void shouldEndTheTimersYearQuietlyWhenTheSecretariatStartedItByHand() {
        at(2031, 3, 1, 7, 0);

        cases.run(yearTimer());

        assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery()
                .activityId("EndEvent_YearAlreadyStarted").count()).isEqualTo(1);
        assertThat(plans.findAll()).singleElement().satisfies(p -> assertThat(p.getCaseworker()).isEqualTo("sekretar"));
    }

    @Test
    void shouldRefuseAGroupThatIsNotThreePoliticiansAndAMeetingWithAGroupWithoutContacts() {
        Map<String, Object> meeting = meeting(null, "Gruppe 1", "2031-05-14", "Grendehuset", "Veien");
        meeting.put("counterpart", "Hytteeierforeningen");
        assertThatThrownBy(() -> cases.submit(cycle.getId(), "Task_PlanMeetings", Map.of(
                "groups", json(List.of(group("Gruppe 1", "kari", List.of("representant"), "sekretar"))),
                "meetings", json(List.of(meeting)))))
                .isInstanceOf(FormFieldValidationException.class)
                .hasMessageContaining("Gruppe 1: lederen må være en av politikerne i organisasjonsfilen.")
                .hasMessageContaining("Gruppe 1: en gruppe har 3 politikere, lederen og 2 til")
                .hasMessageContaining("Møte 1: skriv e-postadressen til minst én kontaktperson i «Hytteeierforeningen»");
    }

    @Test
    void shouldRefuseABadPlanNamingEachProblem() {
        Map<String, Object> noDate = meeting("vei", "Gruppe 1", null, "Rådhuset", "Brøyting");
        Map<String, Object> past = meeting("barnehage", "Gruppe 1", "2031-02-20", "Rådhuset", "Plasser");
        Map<String, Object> bad = Map.of(
                "groups", json(List.of(group("Gruppe 1", null, List.of("representant", "bjorn"), "sekretar"))),
                "meetings", json(List.of(noDate, meeting(null, "Gruppe 1", "2031-05-14", "Rådhuset", "Tema"),
                        meeting("kultur", "Gruppe 1", "2031-05-14", "Biblioteket", "Åpningstider"),
                        meeting("kultur", "Gruppe 1", "2031-05-14", "Biblioteket", "Arrangementer"), past)));

        assertThatThrownBy(() -> cases.submit(cycle.getId(), "Task_PlanMeetings", bad))
                .isInstanceOf(FormFieldValidationException.class)
                .hasMessageContaining("Gruppe 1: gruppen mangler leder.")
                .hasMessageContaining("Møte 1 (Vei, park og idrett): møtet mangler dato.")
                .hasMessageContaining("Møte 2: velg enheten møtet er med, eller skriv navnet på gruppen dere møter.")
                .hasMessageContaining("Møte 4 (Kultur, møteplasser og frivillighet): enheten har allerede et møte 2031-05-14.")
                .hasMessageContaining("Møte 5 (Barnehage): datoen 2031-02-20 er passert.");
        assertThat(cycle).isWaitingAt("Task_PlanMeetings");
        assertThat(meetings.findByPlanIdOrderByMeetingDateAscStartTimeAscIdAsc(plan().getId())).isEmpty();
    }

    @Test
    void shouldPlanAgainWhenTheCommitteeAsksForChangesAndThenHoldEveryMeeting() {
        plan();
        cases.submit(cycle.getId(), "Task_PlanMeetings", planForm(false));
        Task approval = cases.task(cycle.getId(), "Task_RecordPlanApproval");
        assertThat(plain(cases.shown(approval).get("planMarkdown"))).contains(
                "| Gruppe 1 | Per Politiker | Rita Representant, Bjørn Bakke | Sigrid Sekretær |",
                "| Vei, park og idrett | onsdag 14. mai 2031 kl. 18:00–20:00 | Rådhuset | Gruppe 1 | Brøyting og strøing |");

        cases.submit(approval, Map.of("committeeMeetingDate", "2031-03-12", "planApprovedAnswer", "false",
                "archiveCaseNumber", "31/1380", "planComment", "Møt også hjemmetjenesten."));

        assertThat(cycle).hasPassed(approval.getTaskDefinitionKey()).hasNotPassed("CallActivity_Meetings").isWaitingAt("Task_PlanMeetings");
        Task again = cases.task(cycle.getId(), "Task_PlanMeetings");
        assertThat(plain(cases.shown(again).get("lastEvaluationMarkdown")))
                .contains("Utvalget ba om endringer", "Møt også hjemmetjenesten.");
        assertThat(cases.shown(again).get("meetings").toString()).contains("\"unit\":\"barnehage\"", "\"date\":\"2031-05-21\"");
        assertThat(plan().getStatus()).isEqualTo(PlanStatus.PLANNING);

        cases.submit(again, planForm(true));
        cases.submit(cycle.getId(), "Task_RecordPlanApproval", Map.of("committeeMeetingDate", "2031-03-26",
                "planApprovedAnswer", "true", "archiveCaseNumber", "31/1380"));

        assertThat(cycle).isWaitingAt("CallActivity_Meetings");
        DialoguePlan plan = plan();
        assertThat(plan.getStatus()).isEqualTo(PlanStatus.APPROVED);
        assertThat(plan.getCommitteePlannedOn()).isEqualTo(LocalDate.of(2031, 3, 26));
        assertThat(plan.getPlanComment()).isNull();
        List<DialogueMeeting> planned = meetings.findByPlanIdOrderByMeetingDateAscStartTimeAscIdAsc(plan.getId());
        assertThat(planned).extracting(DialogueMeeting::getUnitCode, m -> m.getGroup().getName(),
                DialogueMeeting::getMeetingDate).containsExactly(
                tuple("vei", "Gruppe 1", LocalDate.of(2031, 5, 14)),
                tuple("barnehage", "Gruppe 1", LocalDate.of(2031, 5, 21)),
                tuple("hjemmetjeneste", "Gruppe 2", LocalDate.of(2031, 6, 4)));
        List<ProcessInstance> called = cases.meetingsOf(cycle.getId());
        assertThat(called).hasSize(3).allSatisfy(m -> assertThat(m).isWaitingAt("Event_InvitationDue"));
        assertThat(called).extracting(m -> engine.getRuntimeService().getVariable(m.getId(), "meetingId"))
                .containsExactlyElementsOf(planned.stream().map(DialogueMeeting::getId).toList());
        assertThat(cases.onlyJob(called.get(2).getId()).getDuedate()).isEqualTo(oslo(2031, 5, 14, 18, 0));
    }

    @Test
    void shouldCompileTheSummaryAndCasePresentationAndRecordTheAmendedDecision() throws IOException {
        List<ProcessInstance> called = approvedPlan();
        cases.holdWithMinutes(called.get(0).getId(), List.of(input("Lengre åpningstid i hallen", "vei")));
        cases.cancel(called.get(1).getId(), "Styreren ble syk.");
        assertThat(cycle).isWaitingAt("CallActivity_Meetings");
        cases.holdWithMinutes(called.get(2).getId(), List.of(input("Faste tider for besøk", "hjemmetjeneste"),
                input("Bedre skilting til barnehagen", "barnehage")));

        assertThat(cycle).hasPassed("Task_CompileSummary").isWaitingAt("Task_PrepareCasePresentation");
        assertThat(plan().getStatus()).isEqualTo(PlanStatus.MEETINGS_DONE);
        Task prepare = cases.task(cycle.getId(), "Task_PrepareCasePresentation");
        assertThat(cases.shown(prepare)).containsEntry("summaryUrl", "/api/dialogue/2031/summary.docx")
                .containsEntry("casePresentationUrl", "/api/dialogue/2031/case-presentation.docx")
                .containsEntry("proposedDecision", "Referatene fra dialogmøtene 2031 tas til orientering.");
        String summary = text(documents.summary(plan()));
        assertThat(summary).contains("Oppsummering: Sammenstilling av referatene fra dialogmøtene 2031",
                "Vei, park og idrett", "Til stede: Per Politiker (Gruppens leder), Rita Representant (Politiker i gruppen)",
                "Kristin Direktør (Kommunedirektøren), Åse Brukerrådsleder (Brukerrådet), Tor Tillitsvalgt (Fagforbundet)",
                "Hovedkonklusjoner: Enheten ser på åpningstidene.",
                "• Lengre åpningstid i hallen (ansvar: Vei, park og idrett)",
                "Møtet ble avlyst: Styreren ble syk.",
                "• Bedre skilting til barnehagen (ansvar: Barnehage)");

        cases.submit(prepare, Map.of("archiveCaseNumber", "31/1380", "assessment", "Innspillene tas med i budsjettet.",
                "proposedDecision", "Referatene fra dialogmøtene 2031 tas til orientering."));
        assertThat(prepare.getDueDate()).isEqualTo(oslo(2031, 9, 3, 0, 0));
        Task committee = cases.task(cycle.getId(), "Task_RecordCommitteeDecision");
        assertThat(committee.getDueDate()).isEqualTo(oslo(2031, 10, 3, 0, 0));
        assertThat(cases.shown(committee)).containsEntry("bodyName", "Tjenesteutvalget");
        cases.submit(committee, Map.of("decisionDate", "2031-09-10", "asProposedAnswer", "true"));
        Task council = cases.task(cycle.getId(), "Task_RecordCouncilDecision");
        assertThat(council.getDueDate()).isEqualTo(oslo(2031, 11, 3, 0, 0));
        assertThat(council.getName()).isEqualTo("Registrer det endelige vedtaket");
        assertThat(cases.shown(council)).containsEntry("bodyName", "Kommunestyret");
        assertThatThrownBy(() -> cases.submit(council, Map.of("decisionDate", "2031-09-24", "asProposedAnswer", "false")))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("Skriv vedtaket");
        cases.submit(council, Map.of("decisionDate", "2031-09-24", "asProposedAnswer", "false", "decisionText",
                "Referatene tas til orientering. Innspillene om besøkstider følges opp i budsjettet for 2032."));

        assertThat(cycle).hasPassed("Task_CreateFollowUps").isWaitingAt("Task_FollowUpInput", "Task_EvaluateCycle");
        assertThat(plan().getStatus()).isEqualTo(PlanStatus.DECIDED);
        assertThat(treatments.findByPlanIdOrderById(plan().getId())).extracting(BodyTreatment::getBody,
                BodyTreatment::getBodyName, BodyTreatment::getMeetingDate, BodyTreatment::isAsProposed,
                BodyTreatment::getDecisionText).containsExactly(
                tuple(Body.COMMITTEE, "Tjenesteutvalget", LocalDate.of(2031, 9, 10), true,
                        "Referatene fra dialogmøtene 2031 tas til orientering."),
                tuple(Body.COUNCIL, "Kommunestyret", LocalDate.of(2031, 9, 24), false,
                        "Referatene tas til orientering. Innspillene om besøkstider følges opp i budsjettet for 2032."));
        String presentation = text(documents.casePresentation(plan()));
        assertThat(presentation).contains("Saksframlegg", "Arkivsak:\t31/1380", "Saksbehandler:\tSigrid Sekretær",
                "Tjenesteutvalget\t10.09.2031", "Kommunestyret\t24.09.2031", "DIALOGMØTENE 2031 – OPPSUMMERING",
                "i sitt møte 26.03.2031", "møtene i mai/juni 2031", "– Vei, park og idrett", "– Hjemmetjenesten",
                "VURDERING:", "Innspillene tas med i budsjettet.",
                "Kommunedirektøren foreslår at det gjøres følgende", "innstilling:",
                "Referatene fra dialogmøtene 2031 tas til orientering.").doesNotContain("– Barnehage");

        List<Task> followUps = cases.tasks(cycle.getId(), "Task_FollowUpInput");
        assertThat(followUps).hasSize(3).allSatisfy(t -> assertThat(t.getDueDate()).isEqualTo(oslo(2031, 12, 24, 16, 0)));
        assertThat(followUps).extracting(t -> candidateGroup(t) + ", " + taskService.getVariable(t.getId(), "meetingName")
                        + ": " + cases.shown(t).get("inputText"))
                .containsExactlyInAnyOrder("unit-vei-leaders, Vei, park og idrett 14.05.2031: Lengre åpningstid i hallen",
                        "unit-hjemmetjeneste-leaders, Hjemmetjenesten 04.06.2031: Faste tider for besøk",
                        "unit-barnehage, Hjemmetjenesten 04.06.2031: Bedre skilting til barnehagen");
    }

    @Test
    void shouldFollowUpEachInputUntilItIsDoneAndShowTheEvaluationNextYear() {
        List<ProcessInstance> called = approvedPlan();
        cases.holdWithMinutes(called.get(0).getId(), List.of(input("Lengre åpningstid i hallen", "vei"),
                input("Benker langs turveien", "vei")));
        cases.holdWithMinutes(called.get(1).getId(), List.of(input("Flere plasser", "barnehage")));
        cases.holdWithMinutes(called.get(2).getId(), List.of());
        cases.submit(cycle.getId(), "Task_PrepareCasePresentation", Map.of("assessment", "Vurdering.",
                "proposedDecision", "Referatene fra dialogmøtene 2031 tas til orientering."));
        cases.submit(cycle.getId(), "Task_RecordCommitteeDecision", Map.of("decisionDate", "2031-09-10", "asProposedAnswer", "true"));
        cases.submit(cycle.getId(), "Task_RecordCouncilDecision", Map.of("decisionDate", "2031-09-24", "asProposedAnswer", "true"));
        at(2031, 12, 1, 9, 0);

        Task opening = followUp("Lengre åpningstid i hallen");
        assertThatThrownBy(() -> cases.submit(opening, Map.of("followUpText", "Vurderes.", "followUpStatus", "PLANNED")))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("Velg når oppfølgingen");
        cases.submit(opening, Map.of("followUpText", "Tas med i budsjettet.", "followUpStatus", "PLANNED",
                "nextFollowUp", "2032-03-01"));
        Task back = followUp("Lengre åpningstid i hallen");
        assertThat(back.getDueDate()).isEqualTo(oslo(2032, 3, 1, 16, 0));
        assertThat(cases.shown(back)).containsEntry("followUpText", "Tas med i budsjettet.")
                .containsEntry("followUpStatus", "PLANNED");
        cases.submit(back, Map.of("followUpText", "Prøveordning fra mars.", "followUpStatus", "IN_PROGRESS",
                "nextFollowUp", "2032-06-01"));
        cases.submit(followUp("Lengre åpningstid i hallen"), Map.of("followUpText", "Hallen er åpen til 23.",
                "followUpStatus", "DONE"));
        cases.submit(followUp("Benker langs turveien"), Map.of("followUpText", "Turveien er statens.",
                "followUpStatus", "NOT_RELEVANT"));

        assertThat(inputs.findAll()).extracting(DialogueInput::getText, DialogueInput::getFollowUpStatus,
                DialogueInput::getFollowUpText, DialogueInput::getFollowUpDue).containsExactlyInAnyOrder(
                tuple("Lengre åpningstid i hallen", FollowUpStatus.DONE, "Hallen er åpen til 23.", null),
                tuple("Benker langs turveien", FollowUpStatus.NOT_RELEVANT, "Turveien er statens.", null),
                tuple("Flere plasser", FollowUpStatus.OPEN, null, LocalDate.of(2031, 12, 24)));

        cases.submit(cycle.getId(), "Task_EvaluateCycle", Map.of("worked", "Godt oppmøte.", "change",
                "Send invitasjonen tidligere."));
        assertThat(cycle).isWaitingAt("Task_FollowUpInput").hasPassed("Task_EvaluateCycle");
        assertThat(plan().getStatus()).isEqualTo(PlanStatus.EVALUATED);
        cases.submit(followUp("Flere plasser"), Map.of("followUpText", "Ny avdeling åpner.", "followUpStatus", "DONE"));

        assertThat(cycle).isEnded().hasPassed("EndEvent_InputFollowedUp", "EndEvent_CycleDone");
        ProcessInstance nextYear = cases.startCycle(2032);
        assertThat(plain(cases.shown(cases.task(nextYear.getId(), "Task_PlanMeetings")).get("lastEvaluationMarkdown")))
                .contains("Evaluering av dialogmøtene 2031", "Godt oppmøte.", "Send invitasjonen tidligere.");
    }

    /** The plan approved at the first try; the three meetings waiting for their invitations. */
    private List<ProcessInstance> approvedPlan() {
        cases.submit(cycle.getId(), "Task_PlanMeetings", planForm(true));
        cases.submit(cycle.getId(), "Task_RecordPlanApproval", Map.of("committeeMeetingDate", "2031-03-26",
                "planApprovedAnswer", "true"));
        return cases.meetingsOf(cycle.getId());
    }

    /** Two groups: the first meets Vei and Barnehage; with {@code withHomeCare} the second meets Hjemmetjenesten. */
    private static Map<String, Object> planForm(boolean withHomeCare) {
        List<Map<String, Object>> planned = new java.util.ArrayList<>(List.of(
                meeting("vei", "Gruppe 1", "2031-05-14", "Rådhuset", "Brøyting og strøing"),
                meeting("barnehage", "Gruppe 1", "2031-05-21", "Solsikken barnehage", "Plasser og åpningstider")));
        if (withHomeCare) {
            planned.add(meeting("hjemmetjeneste", "Gruppe 2", "2031-06-04", "Helsehuset", "Besøkstider"));
        }
        planned.add(new HashMap<>(Map.of("startTime", "18:00", "endTime", "20:00"))); // a row left empty
        return Map.of("groups", json(List.of(group("Gruppe 1", "politiker", List.of("representant", "bjorn"), "sekretar"),
                group("Gruppe 2", "liv", List.of("representant", "bjorn"), "kari"))), "meetings", json(planned));
    }

    private DialoguePlan plan() {
        return plans.findByYear(2031).orElseThrow();
    }

    private Task followUp(String inputText) {
        return cases.tasks(cycle.getId(), "Task_FollowUpInput").stream()
                .filter(t -> inputText.equals(cases.shown(t).get("inputText"))).findFirst().orElseThrow();
    }

    private String candidateGroup(Task task) {
        return taskService.getIdentityLinksForTask(task.getId()).stream().map(IdentityLink::getGroupId)
                .filter(g -> g != null && g.startsWith("unit-")).findFirst().orElse("none");
    }

    private static String text(byte[] docx) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
             XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            return extractor.getText();
        }
    }
}
