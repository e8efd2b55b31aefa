package no.medvirk.message;

import static no.medvirk.RestRequests.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.medvirk.MedvirkTest;
import no.medvirk.message.MessageInput.SubmitterInput;
import no.medvirk.notification.OutboxMail;
import no.medvirk.notification.OutboxMails;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.LinkedMultiValueMap;

/**
 * The rules live in processes/message-rules.dmn: a process owner changes the contact deadline and the
 * call attempts in Camunda Modeler, deploys the table alone, and every new message follows it at once
 * (the record, the call task's due date, the reminder, the form's "1 av N", the contact card after the
 * last call). Praise the table owes no call goes to the unit's leaders.
 */
@MedvirkTest
class MessageRulesTests {

    private static final Path RULES = Path.of("processes/message-rules.dmn");

    @Autowired
    TestRestTemplate rest;
    @Autowired
    MessageCases cases;
    @Autowired
    Messages messages;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    ManagementService managementService;
    @Autowired
    HistoryService historyService;
    @Autowired
    OutboxMails outbox;
    @Autowired
    TransactionTemplate transaction;

    List<String> before;
    final List<String> caseNumbers = new ArrayList<>();

    @BeforeEach
    void rememberDeployments() {
        before = repositoryService.createDeploymentQuery().list().stream().map(Deployment::getId).toList();
    }

    @AfterEach
    void restoreTheRoutine() {
        cases.end(caseNumbers);
        repositoryService.createDeploymentQuery().list().stream().map(Deployment::getId)
                .filter(id -> !before.contains(id)).forEach(id -> repositoryService.deleteDeployment(id, true));
    }

    @Test
    void fourteenDaysAndFiveCallsFromModelerGovernEveryNewMessage() throws IOException {
        ResponseEntity<String> deployed = fromModeler(Files.readString(RULES)
                .replace("<text>\"P10D\"</text>", "<text>\"P14D\"</text>").replace("<text>3</text>", "<text>5</text>"));
        assertThat(deployed.getStatusCode().value()).as(deployed.getBody()).isEqualTo(200);

        String caseNumber = assigned("COMPLAINT");

        Message message = message(caseNumber);
        assertThat(message.getRules()).isEqualTo(new MessageRules(java.time.Period.ofDays(14), 5, true));
        assertThat(Duration.between(message.getRegisteredAt(), message.getContactDeadline()).toDays()).isEqualTo(14);
        Task call = task(caseNumber);
        assertThat(call.getTaskDefinitionKey()).isEqualTo("Task_CallSubmitter");
        assertThat(call.getDueDate().toInstant()).isEqualTo(message.getContactDeadline());
        assertThat(managementService.createJobQuery().processInstanceId(call.getProcessInstanceId()).timers()
                .activityId("BoundaryEvent_ContactDeadlineReached").singleResult().getDuedate().toInstant())
                .isEqualTo(message.getContactDeadline());
        assertThat(taskService.getVariable(call.getId(), "maxCallAttempts")).isEqualTo(5);
        for (int attempt = 1; attempt <= 4; attempt++) {
            cases.completeTask(caseNumber, Map.of("reached", "false"));
            assertThat(task(caseNumber).getTaskDefinitionKey()).as("after call %d", attempt).isEqualTo("Task_CallSubmitter");
        }
        cases.completeTask(caseNumber, Map.of("reached", "false"));
        assertThat(task(caseNumber).getTaskDefinitionKey()).isEqualTo("Task_RecordCallback");
        assertThat(message(caseNumber).getCardSentAt()).isNotNull();
    }

    @Test
    void aNewRuleAppliesToNewMessagesOnly() throws IOException {
        String earlier = assigned("COMPLAINT");

        fromModeler(Files.readString(RULES).replace("<text>\"P10D\"</text>", "<text>\"P14D\"</text>"));
        String later = assigned("COMPLAINT");

        assertThat(message(earlier).getRules().contactDeadline().getDays()).isEqualTo(10);
        assertThat(message(later).getRules().contactDeadline().getDays()).isEqualTo(14);
    }

    @Test
    void praiseIsPassedOnToTheUnitsLeadersAndNobodyIsCalled() {
        String caseNumber = phonedIn("PRAISE", "Parker og friområder", "Takk for den fine lekeplassen i Bøkeskogen!",
                "Glad Innbygger");
        cases.routed(caseNumber);

        Message praise = message(caseNumber);
        assertThat(praise.getStatus()).isEqualTo(MessageStatus.CLOSED);
        assertThat(praise.getAnsweredBy()).isEqualTo(AnsweredBy.PASSED_ON);
        assertThat(praise.getRules().callBack()).isFalse();
        List<OutboxMail> mails = outbox.findAll().stream().filter(m -> m.getSubject().contains(caseNumber)).toList();
        assertThat(mails).singleElement().satisfies(mail -> {
            assertThat(mail.getRecipient()).isEqualTo("viggo.veiland@medvirk.example");
            assertThat(mail.getSubject()).startsWith("Ros fra en innbygger");
            assertThat(mail.getBody()).contains("/sak/" + caseNumber).doesNotContain("lekeplassen", "Glad Innbygger");
        });
    }

    @Test
    void theRulesAnswerIsOnTheRecordAndNotAgainInTheEnginesHistory() {
        long rulesAsked = historyService.createHistoricDecisionInstanceQuery().decisionDefinitionKey("message-rules")
                .count();
        long evaluations = historyService.createUserOperationLogQuery().operationType("Evaluate").count();

        String caseNumber = phonedIn("COMPLAINT", "Vei og trafikk", "Hullet i Storgata er tilbake.", "Gjentatt Innmelder");

        assertThat(message(caseNumber).getRules()).isEqualTo(new MessageRules(java.time.Period.ofDays(10), 3, true));
        assertThat(historyService.createHistoricDecisionInstanceQuery().decisionDefinitionKey("message-rules").count())
                .isEqualTo(rulesAsked);
        assertThat(historyService.createUserOperationLogQuery().operationType("Evaluate").count()).isEqualTo(evaluations);
        // The routing, which the case's process decides by, is still there to see.
        String instance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
                .singleResult().getId();
        assertThat(historyService.createHistoricDecisionInstanceQuery().processInstanceId(instance).singleResult()
                .getDecisionDefinitionKey()).isEqualTo("message-routing");
    }

    @Test
    void aRulesTableThatLeavesAMessageWithoutAnswerOrWithAWordedDeadlineIsRefused() throws IOException {
        String rules = Files.readString(RULES);
        String withoutCatchAll = rules.replaceAll("(?s)<rule id=\"Rule_EveryoneElseIsCalled\">.*?</rule>", "");
        String inWords = rules.replace("<text>\"P10D\"</text>", "<text>\"14 dager\"</text>");

        ResponseEntity<String> partial = fromModeler(withoutCatchAll);
        ResponseEntity<String> worded = fromModeler(inWords);

        assertThat(partial.getStatusCode().value()).isEqualTo(400);
        assertThat(partial.getBody()).contains("message-rules.dmn, «Regler for meldinger» (message-rules): ingen rad "
                + "passer for Spørsmål");
        assertThat(worded.getStatusCode().value()).isEqualTo(400);
        assertThat(worded.getBody()).contains("fristen for kontakt «14 dager», dagene til å ringe tilbake eller antall "
                + "oppringingsforsøk kan ikke leses");
    }

    @Test
    void aCallBackPeriodThatIsNoPeriodIsRefused() throws IOException {
        String rules = Files.readString(RULES);

        ResponseEntity<String> none = fromModeler(rules.replace("<text>\"P5D\"</text>", "<text>\"P0D\"</text>"));

        assertThat(none.getStatusCode().value()).isEqualTo(400);
        assertThat(none.getBody()).contains("dager til å ringe tilbake etter kontaktkortet «P0D» er ingen frist");
    }

    private String assigned(String kind) {
        String caseNumber = cases.assigned(new MessageInput("PHONE", null, "Gatelyset i Storgata er mørkt.", kind,
                "Vei og trafikk", false, false, new SubmitterInput("Test Testesen", null, "912 34 567", null)), "kari");
        caseNumbers.add(caseNumber);
        return caseNumber;
    }

    private Message message(String caseNumber) {
        return transaction.execute(status -> messages.findByCaseNumber(caseNumber).orElseThrow());
    }

    private Task task(String caseNumber) {
        return taskService.createTaskQuery().processInstanceBusinessKey(caseNumber).singleResult();
    }

    /** What Camunda Modeler sends when the process owner deploys the table alone. */
    private ResponseEntity<String> fromModeler(String table) {
        var parts = new LinkedMultiValueMap<String, Object>();
        parts.add("deployment-name", "message-rules");
        parts.add("deployment-source", "Camunda Modeler");
        parts.add("deploy-changed-only", "true");
        parts.add("data", new ByteArrayResource(table.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return "message-rules.dmn";
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return rest.withBasicAuth("admin", "demo").postForEntity("/engine-rest/deployment/create",
                new HttpEntity<>(parts, headers), String.class);
    }

    /** The service centre registers a message phoned in, through the API; its case number, to be ended. */
    private String phonedIn(String kind, String subjectArea, String text, String name) {
        var registered = rest.withBasicAuth("servicesenter", "demo").postForEntity("/api/messages", json(Map.of(
                "channel", "PHONE", "text", text, "kind", kind, "subjectArea", subjectArea, "political", false,
                "external", false, "submitter", Map.of("name", name, "phone", "912 34 567"))), Map.class);
        String caseNumber = (String) registered.getBody().get("caseNumber");
        caseNumbers.add(caseNumber);
        return caseNumber;
    }
}
