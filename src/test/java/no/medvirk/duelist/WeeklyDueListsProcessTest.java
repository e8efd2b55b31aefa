package no.medvirk.duelist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import no.medvirk.MedvirkTest;
import no.medvirk.message.Message;
import no.medvirk.message.MessageInput;
import no.medvirk.message.MessageCases;
import no.medvirk.message.MessageStatus;
import no.medvirk.message.Messages;
import no.medvirk.notification.OutboxMail;
import no.medvirk.notification.OutboxMails;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * processes/weekly-due-lists.bpmn week by week (M9-M11), with the engine clock in 2021 so that no
 * message of another test is due: each week's list, the units' overdue lists, the escalation.
 */
@MedvirkTest
class WeeklyDueListsProcessTest {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    @Autowired
    MessageCases cases;
    @Autowired
    Messages messages;
    @Autowired
    DueLists dueLists;
    @Autowired
    OutboxMails outbox;
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
    JdbcTemplate jdbc;
    @Autowired
    RepositoryService repositoryService;

    final List<String> caseNumbers = new ArrayList<>();
    final List<String> runs = new ArrayList<>();

    @AfterEach
    void leaveNothingOpen() {
        ClockUtil.reset();
        for (String id : runs) {
            if (runtimeService.createProcessInstanceQuery().processInstanceId(id).count() > 0) {
                runtimeService.deleteProcessInstance(id, "test over");
            }
        }
        for (String caseNumber : caseNumbers) {
            runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).list()
                    .forEach(p -> runtimeService.deleteProcessInstance(p.getId(), "test over"));
            jdbc.update("update message set status = 'CLOSED', closed_at = ? where case_number = ?",
                    java.sql.Timestamp.from(Instant.now()), caseNumber);
        }
    }

    @Test
    void shouldListAMessageDueThisWeekForTheServiceCentreOnly() {
        at(2021, 3, 1, 9, 0);
        String caseNumber = message();                  // deadline Thursday 11 March 09:00

        at(2021, 3, 8, 7, 0);
        DueList list = run();

        assertThat(list.dueThisWeek()).extracting(DueListEntry::getCaseNumber).containsExactly(caseNumber);
        assertThat(list.overdue()).isEmpty();
        assertThat(tasks("Task_ReviewDueList")).hasSize(1);
        assertThat(tasks("Task_ClearOverdue")).isEmpty();
        assertThat(tasks("Task_InstructUnits")).isEmpty();
        assertThat(mailsSince(list)).isEmpty();
    }

    @Test
    void shouldSendAUnitItsOverdueListOnceAndEscalateTheSecondWeek() {
        at(2021, 3, 1, 9, 0);
        String caseNumber = message();

        at(2021, 3, 15, 7, 0);                            // 4 days over the deadline
        DueList first = run();

        DueListEntry entry = only(first.overdue());
        assertThat(entry.getCaseNumber()).isEqualTo(caseNumber);
        assertThat(entry.getDaysOverdue()).isEqualTo(4);
        assertThat(entry.getTimesOverdue()).isOne();
        assertThat(entry.getResponsible()).isEqualTo("vei");
        Task clearUp = only(tasks("Task_ClearOverdue"));
        assertThat(taskService.getIdentityLinksForTask(clearUp.getId()))
                .anySatisfy(l -> assertThat(l.getGroupId()).isEqualTo("unit-vei-leaders"));
        assertThat(clearUp.getDueDate().toInstant()).isEqualTo(oslo(2021, 3, 19, 15, 0));
        assertThat(formService.getTaskFormVariables(clearUp.getId()).get("overdueListText").toString())
                .contains("[" + caseNumber + "](/sak/" + caseNumber + ")", "Kari Nordmann");
        // Tasklist's card names the week and the unit: every unit's task has the same name.
        assertThat(taskService.getVariable(clearUp.getId(), "cardText")).isEqualTo("Uke 11 2021 · Vei, park og idrett");
        assertThat(mailsSince(first)).singleElement().satisfies(mail -> {
            assertThat(mail.getRecipient()).isEqualTo("viggo.veiland@medvirk.example");
            assertThat(mail.getSubject()).contains("Restanser uke 11");
            assertThat(mail.getBody()).contains("Sak " + caseNumber, "19.03.2021 kl. 15:00")
                    .doesNotContain("Nina Nilsen", "90000000", "Storgata 1", "Hullet i veien");
        });
        assertThat(tasks("Task_InstructUnits")).isEmpty();
        assertThat(record(caseNumber).getEscalatedAt()).isNull();

        at(2021, 3, 22, 7, 0);
        DueList second = run();

        assertThat(only(second.overdue()).getTimesOverdue()).isEqualTo(2);
        Message escalated = record(caseNumber);
        assertThat(escalated.getTimesOverdue()).isEqualTo(2);
        assertThat(escalated.getEscalatedAt()).isEqualTo(oslo(2021, 3, 22, 7, 0));
        Task instruct = only(tasks("Task_InstructUnits"));
        assertThat(taskService.getIdentityLinksForTask(instruct.getId()))
                .anySatisfy(l -> assertThat(l.getGroupId()).isEqualTo("chief-executive"));
        assertThat(mailsSince(second)).filteredOn(m -> m.getRecipient().equals("kommunedirektor@medvirk.example"))
                .singleElement().satisfies(m -> assertThat(m.getBody()).contains("Sak " + caseNumber, "uke 11, 12")
                        .doesNotContain("Nina Nilsen", "90000000"));

        assertThatThrownBy(() -> taskService.complete(instruct.getId()))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("instruksen");
        long beforeInstruction = lastMailId();
        taskService.complete(instruct.getId(), Map.of("instruction", "Ring innmelderen i dag."));
        assertThat(record(caseNumber).getChiefExecutiveInstruction()).isEqualTo("Ring innmelderen i dag.");
        // The instruction reaches the unit concerned, by mail without the citizen's data, and on its overdue task.
        assertThat(mailsAfter(beforeInstruction)).singleElement().satisfies(mail -> {
            assertThat(mail.getRecipient()).isEqualTo("vei@medvirk.example");
            assertThat(mail.getSubject()).isEqualTo("Instruks fra kommunedirektøren om restanser, uke 12");
            assertThat(mail.getBody()).contains("Til Vei, park og idrett", "Ring innmelderen i dag.", "Sak " + caseNumber)
                    .doesNotContain("Nina Nilsen", "90000000", "Storgata 1", "Hullet i veien");
        });
        Task clearUpNow = tasks("Task_ClearOverdue").stream()
                .filter(t -> t.getProcessInstanceId().equals(instruct.getProcessInstanceId())).findFirst().orElseThrow();
        assertThat(taskService.getVariable(clearUpNow.getId(), "chiefInstruction")).isEqualTo("Ring innmelderen i dag.");

        at(2021, 3, 24, 12, 0);                           // run again the same week: nothing new
        DueList again = run();

        assertThat(only(again.overdue()).getTimesOverdue()).isEqualTo(2);
        assertThat(only(again.overdue()).isCounted()).isFalse();
        assertThat(record(caseNumber).getTimesOverdue()).isEqualTo(2);
        assertThat(tasks("Task_InstructUnits")).isEmpty();
        assertThat(mailsSince(again)).isEmpty();
    }

    @Test
    void shouldClearUpByTheDayAndTellTheGroupTheModelSays() throws IOException {
        // A process owner's edit in Modeler: clear up by Thursday noon, and in the escalation table
        // every escalation to the mayor's office.
        String model = Files.readString(Path.of("processes/weekly-due-lists.bpmn"))
                .replace("name=\"clearUpDay\" value=\"fredag\"", "name=\"clearUpDay\" value=\"torsdag\"")
                .replace("name=\"clearUpTime\" value=\"15:00\"", "name=\"clearUpTime\" value=\"12:00\"");
        String table = Files.readString(Path.of("processes/overdue-escalation.dmn"))
                .replace("<text>\"chief-executive\"</text>", "<text>\"mayor\"</text>");
        var deployment = repositoryService.createDeployment().name("test-clear-up-thursday")
                .addString("weekly-due-lists.bpmn", model).addString("overdue-escalation.dmn", table);
        try (var forms = Files.list(Path.of("processes/forms"))) {
            for (Path form : forms.toList()) {
                deployment.addString(form.getFileName().toString(), Files.readString(form));
            }
        }
        String deploymentId = deployment.deploy().getId();
        try {
            at(2021, 5, 3, 9, 0);
            String caseNumber = message();
            at(2021, 5, 17, 7, 0);
            DueList first = run();

            assertThat(only(tasks("Task_ClearOverdue")).getDueDate().toInstant()).isEqualTo(oslo(2021, 5, 20, 12, 0));
            assertThat(mailsSince(first)).singleElement().satisfies(mail ->
                    assertThat(mail.getBody()).contains("20.05.2021 kl. 12:00"));

            at(2021, 5, 24, 7, 0);
            DueList second = run();

            assertThat(mailsSince(second)).filteredOn(m -> m.getSubject().startsWith("Meldinger på restanselisten"))
                    .singleElement().satisfies(mail -> {
                        assertThat(mail.getRecipient()).isEqualTo("ordforer@medvirk.example");
                        assertThat(mail.getBody()).contains("Sak " + caseNumber);
                    });
        } finally {
            runs.forEach(id -> runtimeService.deleteProcessInstance(id, "test over"));
            runs.clear();
            repositoryService.deleteDeployment(deploymentId, true);
        }
    }

    @Test
    void shouldLeaveOutAMessageClosedBeforeTheNextList() {
        at(2021, 4, 1, 9, 0);
        String caseNumber = message();
        at(2021, 4, 12, 7, 0);
        only(run().overdue());
        closeTheCase(caseNumber);

        at(2021, 4, 19, 7, 0);
        DueList next = run();

        assertThat(next.getEntries()).isEmpty();
        assertThat(tasks("Task_ReviewDueList")).isEmpty();
        assertThat(tasks("Task_InstructUnits")).isEmpty();
        assertThat(record(caseNumber).getTimesOverdue()).isOne();
        assertThat(record(caseNumber).getEscalatedAt()).isNull();
    }

    @Test
    void shouldMakeNoTasksAndSendNoMailInAWeekWithNothingDue() {
        at(2021, 5, 3, 7, 0);

        DueList list = run();

        assertThat(list.getEntries()).isEmpty();
        assertThat(tasks("Task_ReviewDueList")).isEmpty();
        assertThat(tasks("Task_ClearOverdue")).isEmpty();
        assertThat(tasks("Task_InstructUnits")).isEmpty();
        assertThat(mailsSince(list)).isEmpty();
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(runs.get(0)).count()).isZero();
    }

    @Test
    void shouldLetTheUnitLeaderFinishOnlyWhenEachMessageIsClosedOrCommented() {
        at(2021, 6, 1, 9, 0);
        String open = message();
        String closed = message();
        at(2021, 6, 14, 7, 0);
        long listId = run().getId();
        Task clearUp = only(tasks("Task_ClearOverdue"));
        closeTheCase(closed);

        assertThatThrownBy(() -> taskService.complete(clearUp.getId()))
                .isInstanceOf(FormFieldValidationException.class)
                .hasMessageContaining(open).hasMessageNotContaining(closed);
        taskService.complete(clearUp.getId(), Map.of("comment", "Kari ringer i morgen."));

        DueList list = dueLists.findById(listId).orElseThrow();
        assertThat(list.getEntries()).filteredOn(e -> e.getCaseNumber().equals(open))
                .extracting(DueListEntry::getClearUpComment).containsExactly("Kari ringer i morgen.");
    }

    @Test
    void shouldKeepTheWeeksOfDaylightSavingInOsloTime() {
        // Ten calendar days after 23:30 on 18 March is 23:30 on Sunday 28 March, when summer time has begun.
        at(2021, 3, 18, 23, 30);
        String lastInWeek = message();
        at(2021, 3, 19, 0, 30);
        String firstNextWeek = message();
        assertThat(record(lastInWeek).getContactDeadline()).isEqualTo(oslo(2021, 3, 28, 23, 30));

        at(2021, 3, 22, 7, 0);
        DueList week12 = run();

        assertThat(week12.dueThisWeek()).extracting(DueListEntry::getCaseNumber)
                .contains(lastInWeek).doesNotContain(firstNextWeek);

        at(2021, 3, 29, 7, 0);
        DueList week13 = run();
        // Both deadlines are on Sunday in UTC; in Oslo one is on Sunday, one on Monday.
        assertThat(week13.overdue()).filteredOn(e -> e.getCaseNumber().equals(lastInWeek))
                .extracting(DueListEntry::getDaysOverdue).containsExactly(1);
        assertThat(week13.overdue()).filteredOn(e -> e.getCaseNumber().equals(firstNextWeek))
                .extracting(DueListEntry::getDaysOverdue).containsExactly(0);
        // The first week of summer time: Friday 15:00 is 13:00 UTC.
        assertThat(only(tasks("Task_ClearOverdue")).getDueDate().toInstant())
                .isEqualTo(Instant.parse("2021-04-02T13:00:00Z"));
    }

    @Test
    void shouldStartEveryMondayAtSevenOsloTime() {
        Job timer = managementService.createJobQuery().timers().processDefinitionKey("weekly-due-lists-timer")
                .singleResult();
        at(2021, 10, 30, 12, 0);                          // the Saturday before winter time

        managementService.executeJob(timer.getId());

        assertThat(dueLists.findAll()).anySatisfy(list ->
                assertThat(list.getGeneratedAt()).isEqualTo(oslo(2021, 10, 30, 12, 0)));
        Job next = managementService.createJobQuery().timers().processDefinitionKey("weekly-due-lists-timer")
                .singleResult();
        assertThat(next.getDuedate().toInstant()).isEqualTo(Instant.parse("2021-11-01T06:00:00Z"));
        historyService.createHistoricProcessInstanceQuery().processDefinitionKey("weekly-due-lists")
                .unfinished().list().forEach(p -> runs.add(p.getId()));
        managementService.setJobDuedate(next.getId(), timer.getDuedate());
    }

    private DueList run() {
        ProcessInstance instance = runtimeService.startProcessInstanceByKey("weekly-due-lists");
        runs.add(instance.getId());
        return dueLists.findById((Long) historyService.createHistoricVariableInstanceQuery()
                .processInstanceId(instance.getId()).variableName("dueListId").singleResult().getValue()).orElseThrow();
    }

    /** The tasks the last run made. */
    private List<Task> tasks(String key) {
        return taskService.createTaskQuery().taskDefinitionKey(key).processInstanceId(runs.get(runs.size() - 1))
                .list();
    }

    private long lastMailId() {
        return outbox.findAll().stream().mapToLong(OutboxMail::getId).max().orElse(0);
    }

    private List<OutboxMail> mailsAfter(long id) {
        return outbox.findAll().stream().filter(m -> m.getId() > id).toList();
    }

    private List<OutboxMail> mailsSince(DueList list) {
        return outbox.findAll().stream().filter(m -> !m.getCreatedAt().isBefore(list.getGeneratedAt())
                && (m.getSubject().startsWith("Restanser") || m.getSubject().startsWith("Meldinger på restanselisten")))
                .filter(m -> m.getCreatedAt().equals(list.getGeneratedAt())).toList();
    }

    private String message() {
        String caseNumber = cases.assigned(new MessageInput("CARD", null, "Hullet i veien er stort.", "COMPLAINT",
                "Vei og trafikk", false, false,
                new MessageInput.SubmitterInput("Nina Nilsen", "Storgata 1", "90000000", null)), "kari");
        caseNumbers.add(caseNumber);
        return caseNumber;
    }

    private void closeTheCase(String caseNumber) {
        String instance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
                .singleResult().getId();
        taskService.complete(taskService.createTaskQuery().processInstanceId(instance).taskDefinitionKey("Task_CallSubmitter")
                .singleResult().getId(), Map.of("reached", "true", "answer", "Fylt.", "satisfaction", "SATISFIED"));
        taskService.complete(taskService.createTaskQuery().processInstanceId(instance).singleResult().getId());
        assertThat(record(caseNumber).getStatus()).isEqualTo(MessageStatus.CLOSED);
    }

    private Message record(String caseNumber) {
        return messages.findByCaseNumber(caseNumber).orElseThrow();
    }

    private static <T> T only(List<T> list) {
        assertThat(list).hasSize(1);
        return list.get(0);
    }

    private static void at(int year, int month, int day, int hour, int minute) {
        ClockUtil.setCurrentTime(Date.from(oslo(year, month, day, hour, minute)));
    }

    private static Instant oslo(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute).atZone(OSLO).toInstant();
    }
}
