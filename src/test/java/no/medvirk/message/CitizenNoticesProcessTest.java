package no.medvirk.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import no.medvirk.MedvirkTest;
import no.medvirk.message.MessageInput.SubmitterInput;
import no.medvirk.notification.OutboxMail;
import no.medvirk.notification.OutboxMails;
import no.medvirk.notification.SmsMessage;
import no.medvirk.notification.SmsMessages;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The submitter in the loop through processes/message-lifecycle.bpmn: what they are told at each step
 * (e-mail, else SMS), once each; the answer written in the task and sent by Medvirk (e-mail, or a letter
 * to print); the contact card by SMS; and the days to call back after a late last call, with the clock moved.
 */
@MedvirkTest
class CitizenNoticesProcessTest {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    private static final String PHONE = "41234567";
    private static final String EMAIL = "siri@example.no";

    @Autowired
    ProcessEngine engine;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    FormService formService;
    @Autowired
    ManagementService managementService;
    @Autowired
    MessageRegistration registration;
    @Autowired
    Messages messages;
    @Autowired
    OutboxMails outbox;
    @Autowired
    SmsMessages sms;
    @Autowired
    CitizenNotices notices;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    TestRestTemplate rest;

    final List<String> instances = new ArrayList<>();

    @BeforeEach
    void startTheClock() {
        BpmnAwareTests.init(engine);
        // A Monday morning in November: the contact deadline is Thursday 3 December, 09:00.
        ClockUtil.setCurrentTime(at(2026, 11, 23, 9, 0));
    }

    @AfterEach
    void cleanUp() {
        ClockUtil.reset();
        instances.forEach(id -> {
            if (runtimeService.createProcessInstanceQuery().processInstanceId(id).count() > 0) {
                runtimeService.deleteProcessInstance(id, "test over");
            }
        });
    }

    @Test
    void aLateLastCallGivesTheSubmitterTheRulesDaysToCallBackAndTellsThemEachStepBySms() {
        ProcessInstance instance = assignedToKari(new SubmitterInput("Siri Sms", null, PHONE, null));
        String caseNumber = instance.getBusinessKey();
        Message registered = record(caseNumber);

        // The last calls are made half an hour before the contact deadline.
        ClockUtil.setCurrentTime(Date.from(registered.getContactDeadline().minus(Duration.ofMinutes(30))));
        Instant lastCall = ClockUtil.now().toInstant();
        failCalls(3);

        assertThat(instance).hasPassed("Task_SendContactCard").isWaitingAt("Task_RecordCallback");
        Message carded = record(caseNumber);
        Instant fiveDaysLater = lastCall.plus(Duration.ofDays(5));
        assertThat(carded.getCallbackDeadline()).isEqualTo(fiveDaysLater);
        assertThat(task().getDueDate().toInstant()).isEqualTo(fiveDaysLater);
        assertThat(runtimeService.getVariable(instance.getId(), "callbackDeadline")).isEqualTo(Date.from(fiveDaysLater));
        assertThat(formService.getTaskFormVariables(task().getId())).containsEntry("contactCardSentText", "sendt på SMS")
                .containsEntry("callbackDeadlineText", "08.12.2026 kl. 08:30");

        // The contact deadline passes: the case stays open for the call back.
        ClockUtil.setCurrentTime(Date.from(carded.getContactDeadline().plus(Duration.ofMinutes(1))));
        assertThat(managementService.createJobQuery().processInstanceId(instance.getId())
                .duedateLowerThan(ClockUtil.now()).count()).isZero();
        ClockUtil.setCurrentTime(Date.from(fiveDaysLater.minus(Duration.ofMinutes(1))));
        assertThat(managementService.createJobQuery().processInstanceId(instance.getId())
                .duedateLowerThan(ClockUtil.now()).count()).isZero();
        ClockUtil.setCurrentTime(Date.from(fiveDaysLater.plus(Duration.ofMinutes(1))));
        execute(job());

        assertThat(instance).isEnded().hasPassed("BoundaryEvent_ContactDeadlinePassed", "EndEvent_NotReached");
        assertThat(record(caseNumber).getAnsweredBy()).isEqualTo(AnsweredBy.NOT_REACHED);
        List<String> texts = smsFor(caseNumber).stream().map(SmsMessage::getBody).toList();
        assertThat(texts).hasSize(6);
        assertThat(texts.get(0)).contains("registrert og sendt til Vei, park og idrett");
        assertThat(texts.subList(1, 4)).allSatisfy(text ->
                assertThat(text).startsWith("Vi har prøvd å ringe deg om melding " + caseNumber + ","));
        assertThat(texts.subList(1, 3)).allSatisfy(text -> assertThat(text).contains("Vi prøver igjen."));
        assertThat(texts.get(3)).doesNotContain("Vi prøver igjen.");
        assertThat(texts.get(4)).contains("Ring Vei, park og idrett på 33 00 01 01 innen 08.12.2026 kl. 08:30");
        assertThat(texts.get(5)).contains("Saken din " + caseNumber + " er avsluttet", "Vi fikk ikke snakket med deg");
        assertThat(texts).noneMatch(text -> text.contains("Kari") || text.contains("Nordmann"));
        assertThat(smsFor(caseNumber)).allMatch(s -> s.getRecipient().equals(PHONE));
        assertThat(mailsTo(PHONE)).isEmpty();
    }

    @Test
    void anEarlyLastCallKeepsTheContactDeadlineForTheCallBack() {
        ProcessInstance instance = assignedToKari(new SubmitterInput("Siri Sms", null, PHONE, EMAIL));

        failCalls(3);

        Message carded = record(instance.getBusinessKey());
        assertThat(carded.getCallbackDeadline()).isEqualTo(carded.getContactDeadline());
        assertThat(task().getDueDate().toInstant()).isEqualTo(carded.getContactDeadline());
        // With an e-mail address the card goes by e-mail; the calls that failed are told by SMS all the same.
        assertThat(formService.getTaskFormVariables(task().getId())).containsEntry("contactCardSentText", "sendt på e-post");
        assertThat(mailsTo(EMAIL)).extracting(OutboxMail::getSubject)
                .filteredOn(subject -> subject.contains("(sak " + instance.getBusinessKey() + ")")).containsExactly(
                "Meldingen din (sak " + instance.getBusinessKey() + ") er sendt til Vei, park og idrett",
                "Vi har prøvd å ringe deg om meldingen din (sak " + instance.getBusinessKey() + ")");
        assertThat(smsFor(instance.getBusinessKey())).hasSize(3);
    }

    @Test
    void theAnswerWrittenInTheTaskGoesToTheSubmitterByEmailOnceAndTheClosingMailSaysWhatWasDecided() {
        ProcessInstance instance = assignedToKari(new SubmitterInput("Siri Post", null, null, EMAIL));
        String caseNumber = instance.getBusinessKey();
        assertThat(instance).isWaitingAt("Task_AnswerSubmitter");

        taskService.complete(task().getId(), Map.of("answeredBy", "EMAIL",
                "answer", "Hullet fylles i uke 49.\n\nTakk for at du sa fra."));

        assertThat(instance).isWaitingAt("Task_ReviewFollowUp");
        assertThat(formService.getTaskFormVariables(task().getId())).containsEntry("answerLetterUrl", null);
        Message answered = record(caseNumber);
        assertThat(answered.getAnswer()).isEqualTo("Hullet fylles i uke 49.\n\nTakk for at du sa fra.");
        transaction.executeWithoutResult(s -> {
            // A step run again tells the submitter nothing new.
            notices.forwarded(messages.get(caseNumber), "Vei, park og idrett");
            notices.answer(messages.get(caseNumber));
        });
        taskService.complete(task().getId());

        assertThat(instance).isEnded();
        List<OutboxMail> mails = mailsTo(EMAIL).stream().filter(m -> m.getSubject().contains("(sak " + caseNumber + ")"))
                .toList();
        assertThat(mails).extracting(OutboxMail::getSubject).containsExactly(
                "Meldingen din (sak " + caseNumber + ") er sendt til Vei, park og idrett",
                "Svar på meldingen din (sak " + caseNumber + ")",
                "Saken din er avsluttet (sak " + caseNumber + ")");
        assertThat(mails.get(1).getBody()).contains("Hullet fylles i uke 49.\n\nTakk for at du sa fra.",
                "Med vennlig hilsen\nVei, park og idrett").doesNotContain("Kari", "Nordmann");
        assertThat(mails.get(2).getBody()).contains("Dette er kommunens svar:", "Hullet fylles i uke 49.");
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance.getId()).count()).isZero();
        assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
                .variableName("answer").count()).isZero();
    }

    @Test
    void anAnswerByLetterWithoutEmailIsALetterToPrintAndAnEmailAnswerWithoutAddressIsRefused() throws Exception {
        ProcessInstance instance = assignedToKari(new SubmitterInput("Siri Post", "Parkveien 3, 3256 Larvik", null, null));
        String caseNumber = instance.getBusinessKey();
        String answerTask = task().getId();

        assertThatThrownBy(() -> taskService.complete(answerTask, Map.of("answeredBy", "EMAIL", "answer", "Vi fyller hullet.")))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("ingen e-postadresse");
        assertThat(instance).isWaitingAt("Task_AnswerSubmitter");
        assertThat(rest.withBasicAuth("servicesenter", "demo").getForEntity(
                "/api/messages/" + caseNumber + "/answer-letter.pdf", byte[].class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);

        taskService.complete(answerTask, Map.of("answeredBy", "LETTER", "answer", "Vi fyller hullet i uke 49."));

        assertThat(instance).isWaitingAt("Task_ReviewFollowUp");
        assertThat(formService.getTaskFormVariables(task().getId())).containsEntry("answerLetterUrl",
                "/api/messages/" + caseNumber + "/answer-letter.pdf");
        ResponseEntity<byte[]> letter = rest.withBasicAuth("servicesenter", "demo")
                .getForEntity("/api/messages/" + caseNumber + "/answer-letter.pdf", byte[].class);
        assertThat(letter.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(letter.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
        try (PDDocument pdf = Loader.loadPDF(letter.getBody())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("Siri Post", "Parkveien 3, 3256 Larvik", "sak " + caseNumber,
                    "Svar på meldingen din", "Vi fyller hullet i uke 49.", "Vei, park og idrett")
                    .doesNotContain("Kari", "Nordmann");
        }
        assertThat(rest.withBasicAuth("servicesenter", "demo").getForObject("/sak/" + caseNumber, String.class))
                .contains("href=\"/api/messages/" + caseNumber + "/answer-letter.pdf\"");
        assertThat(rest.withBasicAuth("ola", "demo").getForEntity("/api/messages/" + caseNumber + "/answer-letter.pdf",
                byte[].class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(smsFor(caseNumber)).isEmpty();
    }

    // --- Helpers --------------------------------------------------------------------------

    private ProcessInstance assignedToKari(SubmitterInput submitter) {
        Message message = registration.register(new MessageInput("CARD", "2026-11-23", "Hullet i veien ved skolen er stort.",
                "COMPLAINT", "Vei og trafikk", false, false, submitter));
        ProcessInstance instance = runtimeService.createProcessInstanceQuery()
                .processInstanceBusinessKey(message.getCaseNumber()).singleResult();
        instances.add(instance.getId());
        assertThat(instance).isStarted();
        execute(job());
        taskService.complete(task().getId(), Map.of("caseworker", "kari"));
        return instance;
    }

    private void failCalls(int calls) {
        for (int i = 0; i < calls; i++) {
            taskService.complete(task().getId(), Map.of("reached", "false"));
        }
    }

    private Message record(String caseNumber) {
        return transaction.execute(s -> {
            Message message = messages.get(caseNumber);
            message.getCallAttempts().size();
            return message;
        });
    }

    private List<SmsMessage> smsFor(String caseNumber) {
        Pattern number = Pattern.compile("(?<![0-9])" + Pattern.quote(caseNumber) + "(?![0-9])");
        return sms.findByBodyContainingOrderById(caseNumber).stream()
                .filter(s -> number.matcher(s.getBody()).find()).toList();
    }

    private List<OutboxMail> mailsTo(String recipient) {
        return outbox.findAll().stream().filter(m -> m.getRecipient().equals(recipient))
                .filter(m -> m.getCreatedAt().isAfter(Instant.parse("2026-11-01T00:00:00Z"))).toList();
    }

    private static Date at(int year, int month, int day, int hour, int minute) {
        return Date.from(LocalDateTime.of(year, month, day, hour, minute).atZone(OSLO).toInstant());
    }
}
