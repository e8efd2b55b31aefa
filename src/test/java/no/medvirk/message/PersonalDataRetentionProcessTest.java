package no.medvirk.message;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import no.medvirk.MedvirkTest;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** processes/personal-data-retention.bpmn: every night, submitters' details of old closed messages go. */
@MedvirkTest
class PersonalDataRetentionProcessTest {

    @Autowired
    MessageRegistration registration;
    @Autowired
    Messages messages;
    @Autowired
    MessageCases cases;
    @Autowired
    ManagementService managementService;
    @Autowired
    HistoryService historyService;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    CitizenLinks links;
    @Autowired
    CitizenCase citizenCase;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void shouldRemoveTheSubmittersDetailsAYearAfterClosing() {
        String old = closedMessage();
        ClockUtil.setCurrentTime(Date.from(Instant.now().plus(Duration.ofDays(200))));
        String recent = closedMessage();
        String open = registration.register(input()).getCaseNumber();

        // The first night more than a year after the first message closed.
        ClockUtil.setCurrentTime(Date.from(Instant.now().plus(Duration.ofDays(367))));
        runTheNightlyTimer();

        Message anonymised = messages.findByCaseNumber(old).orElseThrow();
        assertThat(anonymised.getSubmitter()).isEqualTo(Submitter.ANONYMOUS);
        assertThat(anonymised.getAnonymisedAt()).isNotNull();
        assertThat(anonymised.getText()).isEqualTo("Gatelyset er slukket.");
        assertThat(anonymised.getAnsweredBy()).isEqualTo(AnsweredBy.LETTER);
        assertThat(messages.findByCaseNumber(recent).orElseThrow().getSubmitter().name()).isEqualTo("Nina Nilsen");
        assertThat(messages.findByCaseNumber(open).orElseThrow().getSubmitter().name()).isEqualTo("Nina Nilsen");
        assertThat(historyService.createHistoricProcessInstanceQuery().processDefinitionKey("personal-data-retention")
                .finished().count()).isPositive();
    }

    @Test
    void shouldDeleteTheFilesThatCameWithTheMessageWithTheSubmittersDetails() {
        Message received = registration.receive(input(),
                List.of(new Attachment("bilde.jpg", "image/jpeg", new byte[] {1, 2, 3})));
        String countFiles = "select count(*) from message_document where message_id = ?";
        assertThat(jdbc.queryForObject(countFiles, Integer.class, received.getId())).isEqualTo(1);
        long contents = jdbc.queryForObject("select count(*) from document_content", Long.class);

        transaction.executeWithoutResult(status ->
                messages.findByCaseNumber(received.getCaseNumber()).orElseThrow().anonymise(Instant.now()));

        assertThat(jdbc.queryForObject(countFiles, Integer.class, received.getId())).isZero();
        assertThat(jdbc.queryForObject("select count(*) from document_content", Long.class)).isEqualTo(contents - 1);
        runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(received.getCaseNumber()).list()
                .forEach(p -> runtimeService.deleteProcessInstance(p.getId(), "test over"));
    }

    @Test
    void shouldRemoveThePlaceThePhotosAndThePicturesLinkWithTheSubmittersDetailsKeepingTheDistrict() {
        ClockUtil.setCurrentTime(Date.from(Instant.now().minus(Duration.ofDays(400))));
        String caseNumber = cases.assigned(new MessageInput("LETTER", null, "Benken er knust.", "COMPLAINT",
                "Gatelys", false, false, new MessageInput.SubmitterInput("Nina Nilsen", "Storgata 1", null, null),
                new MessageInput.PlaceInput("Torget", 59.0533, 10.035), "https://bilder.example/benk.jpg"), "kari");
        cases.addPhotos(caseNumber, List.of(new PhotoUpload("benk.jpg", TestPhotos.jpegWithGps(300, 200, 1))));
        cases.completeTask(caseNumber, Map.of("answer", "Benken er byttet.", "answeredBy", "LETTER"));
        cases.completeTask(caseNumber, Map.of());
        long id = messages.get(caseNumber).getId();
        assertThat(jdbc.queryForObject("select count(*) from message_photo where message_id = ?", Integer.class, id))
                .isEqualTo(1);
        long contents = jdbc.queryForObject("select count(*) from document_content", Long.class);

        ClockUtil.reset();
        runTheNightlyTimer();

        Message anonymised = messages.get(caseNumber);
        assertThat(anonymised.getAnonymisedAt()).isNotNull();
        assertThat(anonymised.getPlace()).isEqualTo(Place.NONE);
        assertThat(anonymised.getMediaUrl()).isNull();
        assertThat(anonymised.getPlaceArea()).as("the district, for the statistics").isEqualTo("Sentrum");
        assertThat(jdbc.queryForObject("select count(*) from message_photo where message_id = ?", Integer.class, id))
                .isZero();
        assertThat(jdbc.queryForObject("select count(*) from document_content", Long.class))
                .as("the display copy and the thumbnail").isEqualTo(contents - 2);
        assertThat(jdbc.queryForObject("select count(*) from message where id = ? and (place_text is not null "
                + "or place_lat is not null or place_lon is not null or media_url is not null)", Integer.class, id)).isZero();
    }

    @Test
    void shouldDeleteTheCitizensLinksAdditionsAndCommentsWithTheSubmittersDetails() {
        String caseNumber = cases.assigned(new MessageInput("LETTER", null, "Gatelyset er slukket.", "QUESTION",
                "Gatelys", false, false, new MessageInput.SubmitterInput("Nina Nilsen", null, null, "nina@example.no")),
                "kari");
        String statusToken = token(links.statusUrl(caseNumber).orElseThrow());
        assertThat(citizenCase.addInformation(statusToken, "Det gjelder lyktestolpen ved nr. 4.", List.of())).isTrue();
        cases.completeTask(caseNumber, Map.of("answer", "Lyset er reparert.", "answeredBy", "EMAIL"));
        cases.completeTask(caseNumber, Map.of());
        String surveyToken = token(links.surveyUrl(caseNumber).orElseThrow());
        assertThat(citizenCase.answerSurvey(surveyToken, true, "Nina er fornøyd, ring 900 00 000.")).isTrue();
        Long id = messages.get(caseNumber).getId();

        ClockUtil.setCurrentTime(Date.from(Instant.now().plus(Duration.ofDays(367))));
        runTheNightlyTimer();

        assertThat(citizenCase.status(statusToken)).as("the link leads nowhere").isEmpty();
        assertThat(citizenCase.survey(surveyToken)).isEmpty();
        assertThat(links.statusUrl(caseNumber)).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from citizen_addition where message_id = ?", Integer.class, id))
                .isZero();
        assertThat(jdbc.queryForList("select satisfied, verdict_comment from citizen_verdict where message_id = ?", id))
                .singleElement().satisfies(row -> {
                    assertThat(row.get("SATISFIED")).as("the answer stays for the statistics").isEqualTo(true);
                    assertThat(row.get("VERDICT_COMMENT")).isNull();
                });
    }

    private static String token(String url) {
        return url.substring(url.lastIndexOf('/') + 1);
    }

    /** The timer start event's job, due at 02:00; executing it starts the night's instance. */
    private void runTheNightlyTimer() {
        List<Job> timers = managementService.createJobQuery().timers()
                .processDefinitionKey("personal-data-retention").list();
        assertThat(timers).hasSize(1);
        managementService.executeJob(timers.get(0).getId());
    }

    private String closedMessage() {
        String caseNumber = cases.assigned(input(), "kari");
        cases.completeTask(caseNumber, Map.of("answer", "Lyset er reparert.", "answeredBy", "LETTER"));
        cases.completeTask(caseNumber, Map.of());
        assertThat(messages.findByCaseNumber(caseNumber).orElseThrow().getClosedAt()).isNotNull();
        return caseNumber;
    }

    private static MessageInput input() {
        return new MessageInput("LETTER", null, "Gatelyset er slukket.", "QUESTION", "Gatelys", false, false,
                new MessageInput.SubmitterInput("Nina Nilsen", "Storgata 1", null, null));
    }
}
