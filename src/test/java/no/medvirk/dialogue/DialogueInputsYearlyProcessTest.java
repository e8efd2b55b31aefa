package no.medvirk.dialogue;

import static no.medvirk.dialogue.DialogueCases.at;
import static no.medvirk.dialogue.DialogueCases.json;
import static no.medvirk.dialogue.DialogueCases.oslo;
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
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every path through processes/dialogue-inputs-yearly.bpmn (D8): on 15 August the chief executive
 * gets "Innspill til handlings- og økonomiplanen" with the open inputs and records an outcome for
 * each, or nothing happens when none is open; on 1 September the committee gets the overview.
 */
@MedvirkTest
class DialogueInputsYearlyProcessTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    DialogueCases cases;
    @Autowired
    DialoguePlanning planning;
    @Autowired
    DialogueMeetings meetings;
    @Autowired
    DialogueInputs inputs;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    DeliveredMails delivered;

    @BeforeEach
    void init() {
        BpmnAwareTests.init(engine);
    }

    @AfterEach
    void cleanUp() {
        cases.cleanUp();
    }

    @Test
    void shouldGiveTheChiefExecutiveOneTaskWithTheOpenInputsAndKeepEachOutcome() {
        long open = inputOf("vei", "2031-05-14", "Lengre åpningstid i hallen", true);
        long done = inputOf("barnehage", "2031-05-21", "Flere plasser", false);
        long older = inputOf("hjemmetjeneste", "2030-06-04", "Faste tider for besøk", true);

        ProcessInstance year = startOn(DialogueVariables.YEARLY, 2031, 8, 15);

        assertThat(year).hasPassed("StartEvent_BudgetWork", "Task_ListOpenInputs").isWaitingAt("Task_InputsForPlan");
        Task task = cases.task(year.getId(), "Task_InputsForPlan");
        assertThat(task.getName()).isEqualTo("Innspill til handlings- og økonomiplanen");
        assertThat(task.getDueDate()).isEqualTo(oslo(2031, 9, 15, 16, 0));
        assertThat(engine.getTaskService().getIdentityLinksForTask(task.getId())).extracting(IdentityLink::getGroupId)
                .containsExactly("chief-executive");
        Map<String, Object> shown = cases.shown(task);
        assertThat(engine.getTaskService().getVariable(task.getId(), "planYear")).isEqualTo(2031);
        assertThat(shown).containsEntry("openInputCount", 2);
        assertThat(shown.get("planOutcomes").toString()).contains(
                "Hjemmetjenesten 04.06.2030: Faste tider for besøk", "Vei, park og idrett 14.05.2031: Lengre åpningstid i hallen",
                "Planlagt – Ser på det.").doesNotContain("Flere plasser");
        assertThat(shown.get("planOutcomes").toString().indexOf("Faste tider"))
                .isLessThan(shown.get("planOutcomes").toString().indexOf("Lengre åpningstid"));

        assertThatThrownBy(() -> cases.submit(task, Map.of("planOutcomes", json(List.of(
                Map.of("outcome", "Tatt inn i planen for 2032."), new HashMap<>())))))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("hvert innspill");
        assertThatThrownBy(() -> cases.submit(task, Map.of("planOutcomes", json(List.of(
                Map.of("outcome", "Tatt inn i planen for 2032."))))))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("uten å legge til eller fjerne");
        cases.submit(task, Map.of("planOutcomes", json(List.of(Map.of("outcome", "Tatt inn i planen for 2032."),
                Map.of("outcome", "Vurderes i neste rullering.")))));

        assertThat(year).isEnded().hasPassed("EndEvent_InputsPlanned");
        assertThat(List.of(inputs.get(older), inputs.get(open), inputs.get(done))).extracting(
                DialogueInput::getPlanOutcome, DialogueInput::getPlanOutcomeYear).containsExactly(
                tuple("Tatt inn i planen for 2032.", 2031), tuple("Vurderes i neste rullering.", 2031), tuple(null, null));
        assertThat(nextRun(DialogueVariables.YEARLY)).isEqualTo(oslo(2032, 8, 15, 7, 0));
    }

    @Test
    void shouldEndWithoutATaskWhenNoInputIsOpen() {
        inputOf("barnehage", "2031-05-21", "Flere plasser", false);

        ProcessInstance year = startOn(DialogueVariables.YEARLY, 2031, 8, 15);

        assertThat(year).isEnded().hasPassed("Task_ListOpenInputs", "EndEvent_NothingOpen")
                .hasNotPassed("Task_InputsForPlan");
    }

    @Test
    void shouldSendTheCommitteeTheStatusOfEveryInputWithThePlanOutcome() throws Exception {
        long open = inputOf("vei", "2031-05-14", "Lengre åpningstid i hallen", true);
        inputOf("barnehage", "2031-05-21", "Flere plasser", false);
        inputOf("hjemmetjeneste", "2029-06-04", "Gammelt og ferdig", false);
        transaction.executeWithoutResult(s -> inputs.get(open).plannedFor(2031, "Tatt inn i planen for 2032."));
        long mailsBefore = cases.lastMailId();

        ProcessInstance overview = startOn(DialogueVariables.OVERVIEW, 2031, 9, 1);

        assertThat(overview).isEnded().hasPassed("Task_SendInputOverview", "EndEvent_OverviewSent");
        List<OutboxMail> mails = cases.mailsAfter(mailsBefore);
        assertThat(mails).extracting(OutboxMail::getRecipient, OutboxMail::getSubject).containsExactly(
                tuple("per.politiker@medvirk.example", "Innspillene fra dialogmøtene – status 2031"),
                tuple("rita.representant@medvirk.example", "Innspillene fra dialogmøtene – status 2031"),
                tuple("bjorn.bakke@medvirk.example", "Innspillene fra dialogmøtene – status 2031"),
                tuple("liv.lunde@medvirk.example", "Innspillene fra dialogmøtene – status 2031"));
        String body = delivered.awaitBody("per.politiker@medvirk.example", "Innspillene fra dialogmøtene – status 2031",
                "Tatt inn i planen for 2032. (2031)");
        assertThat(body).contains("2 innspill, 1 av dem fortsatt åpne",
                "1. Lengre åpningstid i hallen", "Møte: Vei, park og idrett 14.05.2031. Ansvarlig: Vei, park og idrett. Status: Planlagt",
                "Oppfølging: Ser på det.", "Handlings- og økonomiplanen: Tatt inn i planen for 2032. (2031)",
                "2. Flere plasser", "Status: Gjennomført").doesNotContain("Gammelt og ferdig");
        assertThat(nextRun(DialogueVariables.OVERVIEW)).isEqualTo(oslo(2032, 9, 1, 7, 0));
    }

    /**
     * Runs the process's yearly timer start on that day at 07:00, as the job executor would, and
     * returns the instance it started.
     */
    private ProcessInstance startOn(String processKey, int year, int month, int day) {
        Job timer = timer(processKey);
        var before = engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(processKey)
                .list().stream().map(h -> h.getId()).toList();
        at(year, month, day, 7, 0);
        cases.run(timer);
        var started = engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(processKey)
                .list().stream().filter(h -> !before.contains(h.getId())).findFirst().orElseThrow();
        return new Started(started.getId(), started.getProcessDefinitionId(), processKey);
    }

    /** A timer-started instance as the assertions need it, also once it has ended. */
    private record Started(String getId, String getProcessDefinitionId, String getProcessDefinitionKey)
            implements ProcessInstance {

        @Override
        public String getBusinessKey() {
            return null;
        }

        @Override
        public String getRootProcessInstanceId() {
            return getId;
        }

        @Override
        public String getCaseInstanceId() {
            return null;
        }

        @Override
        public boolean isSuspended() {
            return false;
        }

        @Override
        public boolean isEnded() {
            return false;
        }

        @Override
        public String getProcessInstanceId() {
            return getId;
        }

        @Override
        public String getTenantId() {
            return null;
        }
    }

    private Job timer(String processKey) {
        return engine.getManagementService().createJobQuery().processDefinitionKey(processKey).timers().singleResult();
    }

    private java.util.Date nextRun(String processKey) {
        return timer(processKey).getDuedate();
    }

    /**
     * An input of approved minutes from a meeting with this unit on that day, followed up once
     * ("Planlagt", due again later) when {@code open}, or finished ("Gjennomført").
     */
    private long inputOf(String unit, String date, String text, boolean open) {
        at(2029, 1, 2, 10, 0);
        long meetingId = planning.single(null, new DialoguePlanning.GroupDraft("Gruppe " + unit, "politiker", null,
                "sekretar"), new DialoguePlanning.MeetingDraft(unit, null, date, "18:00", "20:00", "Rådhuset",
                "Tjenesten")).getId();
        return transaction.execute(s -> {
            DialogueMeeting meeting = meetings.get(meetingId);
            meeting.minutes(List.of(), List.of(new MeetingAttendee.Draft("Åse", "Brukerrådet")), "Punkter.",
                    List.of(new DialogueInput.Draft(text, unit)), null, null);
            meeting.minutesApproved(meeting.end(DialogueCases.OSLO).toInstant());
            DialogueInput input = meeting.getInputs().get(0);
            input.dueBy(LocalDate.parse(date).plusMonths(3));
            input.followedUp(open ? "Ser på det." : "Ferdig.", open ? FollowUpStatus.PLANNED : FollowUpStatus.DONE,
                    open ? LocalDate.parse(date).plusMonths(6) : null, meeting.end(DialogueCases.OSLO).toInstant());
            meetings.flush();
            return meeting.getInputs().get(0).getId();
        });
    }
}
