package no.medvirk.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import no.medvirk.MedvirkTest;
import no.medvirk.dialogue.UnitMessageSummary;
import no.medvirk.WebappSession;
import no.medvirk.message.MessageCases;
import no.medvirk.message.MessageInput;
import no.medvirk.message.MessageInput.SubmitterInput;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.http.client.ClientHttpRequestFactorySettings;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * M12: every figure of the report against a small fixture of March 2019, made through the real
 * processes with the engine clock moved, whose answers are worked out by hand below.
 *
 * <pre>
 * case received           channel kind       subject area        unit       what happened
 * M1   Mon 04.03 09:00    WEB     COMPLAINT  Vei og trafikk      vei        called 05.03, reached: fornøyd (1 day)
 * M2   Mon 04.03 10:00    EMAIL   COMPLAINT  Brøyting og strøing vei        called 05.03 not reached, 08.03 reached:
 *                                                                            ikke fornøyd, reason and proposal (4 days)
 * M3   Tue 05.03 09:00    PHONE   PRAISE     Gatelys             vei        3 calls 05-07.03 not reached, card 07.03,
 *                                                                            called back 12.03: delvis fornøyd (7 days)
 * M4   Wed 06.03 09:00    LETTER  QUESTION   Barnehage           barnehage  not called until 26.03: ikke fornøyd (20 days),
 *                                                                            reason and proposal, overdue weeks 12 and 13,
 *                                                                            escalated 25.03
 * M5   Wed 06.03 10:00    WEB     SUGGESTION Barnehage           barnehage  no phone, answered by letter 07.03 (1 day)
 * M6   Mon 11.03 09:00    CARD    QUESTION   Vei og trafikk      vei        one call 12.03 not reached, still open:
 *                                                                            overdue week 13
 * M7   Tue 12.03 09:00    EMAIL   COMPLAINT  Vei og trafikk      mayor      political, still with the mayor: overdue week 13
 * M8   Mon 01.04 00:30    WEB     PRAISE     Kultur og bibliotek kultur     (April in Oslo, 31 March in UTC) not handed out
 * M9   Mon 06.05 09:00    WEB     QUESTION   Vei og trafikk      vei        anonymous: "not possible to answer" the next day
 * </pre>
 * Contacted messages are closed by the service centre the same day, so only the open ones are overdue.
 * Dialogue inputs: meetings with vei on 20.03 (one open, two done) and barnehage on 21.03 (one in progress)
 * and 10.05 (one planned).
 */
@MedvirkTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatisticsTests {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String MARCH = "from=2019-03-01&to=2019-03-31";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @Autowired
    TestRestTemplate rest;
    @Autowired
    MessageCases cases;
    @Autowired
    UnitMessageSummary unitMessages;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    no.medvirk.message.CitizenLinks citizenLinks;
    @Autowired
    no.medvirk.message.CitizenCase citizenCase;
    @Autowired
    org.camunda.bpm.engine.TaskService taskService;
    @Autowired
    org.camunda.bpm.engine.ManagementService managementService;

    final List<String> caseNumbers = new ArrayList<>();

    /** The fixture's municipality calls back praise too, as Larvik did: its rules table has no praise row. */
    String callsPraise;

    @BeforeAll
    void makeTheFixture() throws java.io.IOException {
        String rules = java.nio.file.Files.readString(java.nio.file.Path.of("processes/message-rules.dmn"))
                .replaceAll("(?s)<rule id=\"Rule_PraiseIsPassedOn\">.*?</rule>", "");
        callsPraise = repositoryService.createDeployment().source("Camunda Modeler").name("message-rules")
                .addString("message-rules.dmn", rules).deploy().getId();
        try {
            at(4, 9, 0);
            String m1 = assigned("WEB", "COMPLAINT", "Vei og trafikk", "90000001", "kari");
            at(4, 10, 0);
            String m2 = assigned("EMAIL", "COMPLAINT", "Brøyting og strøing", "90000002", "kari");
            at(5, 9, 0);
            String m3 = assigned("PHONE", "PRAISE", "Gatelys", "90000003", "kari");
            at(5, 11, 0);
            call(m1, true, "SATISFIED");
            close(m1);
            at(5, 12, 0);
            call(m2, false, null);
            call(m3, false, null);
            at(6, 9, 0);
            String m4 = assigned("LETTER", "QUESTION", "Barnehage", "90000004", "ola");
            call(m3, false, null);
            at(6, 10, 0);
            String m5 = assigned("WEB", "SUGGESTION", "Barnehage", null, "ola");
            at(7, 9, 0);
            cases.completeTask(m5, Map.of("answer", "Svar sendt i brev.", "answeredBy", "LETTER"));
            close(m5);
            call(m3, false, null);
            at(8, 14, 0);
            cases.completeTask(m2, Map.of("reached", "true", "answer", "Vi strør oftere i bakkene.",
                    "satisfaction", "DISSATISFIED", "dissatisfactionReason", "<b>Altfor sent</b> & for lite",
                    "alternativeProposal", "Strø før skolestart"));
            close(m2);
            at(11, 9, 0);
            String m6 = assigned("CARD", "QUESTION", "Vei og trafikk", "90000006", "kari");
            at(12, 9, 0);
            String m7 = registered("EMAIL", "COMPLAINT", "Vei og trafikk", "90000007", true);
            cases.routed(m7);
            call(m6, false, null);
            at(12, 15, 0);
            cases.completeTask(m3, Map.of("answer", "Takk for rosen, vi sier det videre.", "satisfaction", "PARTLY"));
            close(m3);
            at(18, 7, 0);
            dueList();
            at(25, 7, 0);
            dueList();
            at(26, 10, 0);
            cases.completeTask(m4, Map.of("reached", "true", "answer", "Vi beklager ventetiden.",
                    "satisfaction", "DISSATISFIED", "dissatisfactionReason", "=Ventetiden var for lang",
                    "alternativeProposal", "Ring innen en uke"));
            close(m4);
            ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(2019, 4, 1, 0, 30).atZone(OSLO).toInstant()));
            String m8 = registered("WEB", "PRAISE", "Kultur og bibliotek", null, false);
            cases.routed(m8);
            ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(2019, 5, 6, 9, 0).atZone(OSLO).toInstant()));
            String m9 = assigned("WEB", "QUESTION", "Vei og trafikk", null, "kari");
            ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(2019, 5, 7, 9, 0).atZone(OSLO).toInstant()));
            cases.completeTask(m9, Map.of("answer", "Anonym melding uten adresse.", "answeredBy", "NONE"));
            close(m9);
            caseNumbers.addAll(List.of(m1, m2, m3, m4, m5, m6, m7, m8, m9));
            citizensOwnVerdicts(m1, m2, m3, m4);
        } finally {
            ClockUtil.reset();
        }
        dialogueInputs();
    }

    @AfterAll
    void closeTheFixture() {
        cases.end(caseNumbers);
        repositoryService.deleteDeployment(callsPraise, true);
        runtimeService.createProcessInstanceQuery().processDefinitionKey("weekly-due-lists").list()
                .forEach(p -> runtimeService.deleteProcessInstance(p.getId(), "test over"));
        caseNumbers.forEach(n -> jdbc.update("update message set status = 'CLOSED', closed_at = ? where case_number = ?"
                + " and closed_at is null", Timestamp.from(Instant.now()), n));
        jdbc.update("delete from dialogue_input where meeting_id in (select id from dialogue_meeting where place = 'Statistikktest')");
        jdbc.update("delete from dialogue_meeting where place = 'Statistikktest'");
        jdbc.update("delete from dialogue_group where name = 'Statistikktest'");
        jdbc.update("delete from report_assessment where report_year = 2019");
    }

    @Test
    void shouldCountTheIntakeByDayWeekChannelKindSubjectAreaAndUnit() throws Exception {
        JsonNode intake = statistics("servicesenter", MARCH).get("intake");

        assertThat(intake.get("total").asLong()).isEqualTo(7);
        assertThat(intake.get("perDay")).hasSize(31);
        assertThat(countOn(intake.get("perDay"), "day", "2019-03-04")).isEqualTo(2);
        assertThat(countOn(intake.get("perDay"), "day", "2019-03-05")).isEqualTo(1);
        assertThat(countOn(intake.get("perDay"), "day", "2019-03-07")).isZero();
        assertThat(intake.get("peaks")).extracting(d -> d.get("day").asText() + "=" + d.get("count").asLong())
                .containsExactly("2019-03-04=2", "2019-03-06=2", "2019-03-05=1", "2019-03-11=1", "2019-03-12=1");
        JsonNode week10 = intake.get("perWeek").get(1);
        assertThat(intake.get("perWeek").get(0).get("week").asInt()).isEqualTo(9);
        assertThat(week10.get("week").asInt()).isEqualTo(10);
        assertThat(week10.get("start").asText()).isEqualTo("2019-03-04");
        assertThat(List.of(week10.get("count").asLong(), week10.get("questions").asLong(),
                week10.get("suggestions").asLong(), week10.get("complaints").asLong(), week10.get("praise").asLong()))
                .containsExactly(5L, 1L, 1L, 2L, 1L);
        JsonNode week11 = intake.get("perWeek").get(2);
        assertThat(List.of(week11.get("week").asLong(), week11.get("count").asLong(), week11.get("questions").asLong(),
                week11.get("complaints").asLong())).containsExactly(11L, 2L, 1L, 1L);
        assertThat(counts(intake.get("byChannel"))).containsExactly("E-post=2", "Nettskjema=2", "Brev=1", "Meldingskort=1",
                "Telefon=1");
        assertThat(counts(intake.get("byKind"))).containsExactly("Spørsmål=2", "Forslag=1", "Klage=3", "Ros=1");
        assertThat(counts(intake.get("bySubjectArea"))).containsExactly("Vei og trafikk=3", "Barnehage=2",
                "Brøyting og strøing=1", "Gatelys=1");
        assertThat(counts(intake.get("byUnit"))).containsExactly("Vei, park og idrett=4", "Barnehage=2",
                "Ordførerens kontor=1");
        assertThat(counts(intake.get("byArea"))).containsExactly("Uten oppgitt sted=3", "Sentrum=2",
                "Stavern og kysten=1", "Utenfor områdene=1");
        List<CSVRecord> areas = csv(rest.withBasicAuth("servicesenter", "demo")
                .getForEntity("/api/statistics/omrade.csv?" + MARCH, byte[].class).getBody());
        assertThat(areas.get(0).get(0)).isEqualTo("Område");
        assertThat(areas.get(2).get(0)).isEqualTo("Sentrum");
        assertThat(areas.get(2).get(1)).isEqualTo("2");
    }

    @Test
    void shouldWeighComplaintsAgainstPraiseAndQuestionsAndSuggestionsAgainstAll() throws Exception {
        JsonNode kinds = statistics("servicesenter", MARCH).get("kinds");

        assertThat(kinds.get("complaints").asLong()).isEqualTo(3);
        assertThat(kinds.get("praise").asLong()).isEqualTo(1);
        assertThat(kinds.get("complaintsPerPraise").asDouble()).isEqualTo(3.0);
        assertThat(kinds.get("questionsAndSuggestions").asLong()).isEqualTo(3);
        assertThat(kinds.get("classified").asLong()).isEqualTo(7);
        assertThat(kinds.get("questionsAndSuggestionsShare").asDouble()).isCloseTo(3.0 / 7, within(1e-9));
    }

    @Test
    void shouldMeasureHowTheSubmittersWereContacted() throws Exception {
        JsonNode contact = statistics("servicesenter", MARCH).get("contact");

        // All seven are past their deadline today; M1, M2, M3 and M5 were contacted in time, M4 twenty days after.
        assertThat(contact.get("decided").asLong()).isEqualTo(7);
        assertThat(contact.get("withinDeadline").asLong()).isEqualTo(4);
        assertThat(contact.get("withinDeadlineShare").asDouble()).isCloseTo(4.0 / 7, within(1e-9));
        assertThat(contact.get("contacted").asLong()).isEqualTo(5);
        // Days 1, 1, 4, 7, 20: median the third; 90th percentile at rank 0.9 * 4 = 3.6, 7 + 0.6 * (20 - 7).
        assertThat(contact.get("medianDays").asDouble()).isEqualTo(4.0);
        assertThat(contact.get("p90Days").asDouble()).isCloseTo(14.8, within(1e-9));
        assertThat(counts(contact.get("callOutcomes"))).containsExactly("Nådd ved 1. forsøk=2", "Nådd ved 2. forsøk=1",
                "Ikke nådd på telefon, kontaktkort sendt=1", "Besvart uten oppringing=1", "Ikke kontaktet ennå=2");
        assertThat(contact.get("cardsSent").asLong()).isEqualTo(1);
        assertThat(contact.get("reachedAfterCard").asLong()).isEqualTo(1);
    }

    @Test
    void shouldReportSatisfactionByUnitWithTheReasonsAndProposals() throws Exception {
        JsonNode satisfaction = statistics("servicesenter", MARCH).get("satisfaction");

        assertThat(counts(satisfaction.get("overall"))).containsExactly("Fornøyd=1", "Delvis fornøyd=1", "Ikke fornøyd=2");
        assertThat(satisfaction.get("byUnit")).extracting(u -> u.get("label").asText() + ":" + u.get("satisfied").asLong()
                + "/" + u.get("partly").asLong() + "/" + u.get("dissatisfied").asLong())
                .containsExactly("Barnehage:0/0/1", "Vei, park og idrett:1/1/1");
        assertThat(satisfaction.get("feedbackTotal").asLong()).isEqualTo(2);
        assertThat(satisfaction.get("feedback").get(0).get("caseNumber").asText()).isEqualTo(caseNumbers.get(3));
        assertThat(satisfaction.get("feedback").get(0).get("unit").asText()).isEqualTo("Barnehage");
        JsonNode feedback = satisfaction.get("feedback").get(1);
        assertThat(feedback.get("caseNumber").asText()).isEqualTo(caseNumbers.get(1));
        assertThat(feedback.get("received").asText()).isEqualTo("2019-03-04");
        assertThat(feedback.get("unit").asText()).isEqualTo("Vei, park og idrett");
        assertThat(feedback.get("satisfaction").asText()).isEqualTo("Ikke fornøyd");
        assertThat(feedback.get("reason").asText()).isEqualTo("<b>Altfor sent</b> & for lite");
        assertThat(feedback.get("proposal").asText()).isEqualTo("Strø før skolestart");
    }

    @Test
    void shouldReportTheCitizensOwnAnswersBesideTheCaseworkersRecord() throws Exception {
        JsonNode all = statistics("servicesenter", MARCH).get("satisfaction").get("bySource");
        JsonNode vei = statistics("servicesenter", MARCH + "&unit=vei").get("satisfaction").get("bySource");

        assertThat(all).extracting(s -> s.get("source").asText() + ":" + s.get("satisfied").asLong() + "/"
                + s.get("notSatisfied").asLong() + "/" + s.get("notReached").asLong() + " " + s.get("satisfiedShare").asDouble())
                .containsExactly("CASEWORKER:1/3/0 0.25", "SURVEY:1/1/0 0.5", "SAMPLE:2/1/1 " + (2.0 / 3));
        assertThat(vei).extracting(s -> s.get("source").asText() + ":" + s.get("satisfied").asLong() + "/"
                + s.get("notSatisfied").asLong() + "/" + s.get("notReached").asLong())
                .containsExactly("CASEWORKER:1/2/0", "SURVEY:1/0/0", "SAMPLE:1/1/1");
        String csv = rest.withBasicAuth("servicesenter", "demo")
                .getForObject("/api/statistics/egen-vurdering.csv?" + MARCH, String.class);
        assertThat(csv).contains("Innbyggerne svarte selv (undersøkelsen);1;1;0;50,0 %", "Månedens utvalg (servicesenteret ringte);2;1;1;66,7 %");
    }

    @Test
    void shouldCountOverdueMessagesAndEscalationsByUnitAndWeek() throws Exception {
        JsonNode overdue = statistics("servicesenter", MARCH).get("overdue");

        assertThat(overdue.get("overdue")).extracting(w -> w.get("week").asInt() + " " + w.get("label").asText() + "="
                + w.get("count").asLong()).containsExactly("12 Barnehage=1", "13 Barnehage=1", "13 Ordførerens kontor=1",
                "13 Vei, park og idrett=1");
        assertThat(overdue.get("escalations")).extracting(w -> w.get("week").asInt() + " " + w.get("label").asText() + "="
                + w.get("count").asLong()).containsExactly("13 Barnehage=1");
        assertThat(overdue.get("byUnit")).extracting(u -> u.get("label").asText() + "=" + u.get("overdue").asLong() + "/"
                + u.get("escalations").asLong()).containsExactly("Barnehage=2/1", "Ordførerens kontor=1/0",
                "Vei, park og idrett=1/0");
    }

    @Test
    void shouldCountTheDialogueInputsOfThePeriodsMeetingsByFollowUpStatus() throws Exception {
        JsonNode inputs = statistics("servicesenter", MARCH).get("dialogueInputs");
        assertThat(inputs).extracting(i -> i.get("label").asText() + " " + i.get("statusLabel").asText() + "="
                + i.get("count").asLong()).containsExactly("Barnehage I gang=1", "Vei, park og idrett Ikke fulgt opp=1",
                "Vei, park og idrett Gjennomført=2");

        JsonNode year = statistics("servicesenter", "from=2019-01-01&to=2019-12-31").get("dialogueInputs");
        assertThat(year).extracting(i -> i.get("unit").asText() + " " + i.get("status").asText() + "="
                + i.get("count").asLong()).containsExactly("barnehage PLANNED=1", "barnehage IN_PROGRESS=1", "vei OPEN=1",
                "vei DONE=2");
    }

    @Test
    void shouldCountADayAsOsloCountsIt() throws Exception {
        JsonNode april = statistics("servicesenter", "from=2019-04-01&to=2019-04-30").get("intake");
        assertThat(april.get("total").asLong()).isEqualTo(1);
        assertThat(countOn(april.get("perDay"), "day", "2019-04-01")).isEqualTo(1);
        assertThat(counts(april.get("byUnit"))).containsExactly("Kultur, møteplasser og frivillighet=1");

        JsonNode lastDayOfMarch = statistics("servicesenter", "from=2019-03-31&to=2019-03-31").get("intake");
        assertThat(lastDayOfMarch.get("total").asLong()).isZero();
        assertThat(statistics("servicesenter", "from=2019-03-05&to=2019-03-06").get("intake").get("total").asLong())
                .isEqualTo(3);
    }

    @Test
    void shouldLeaveMessagesNoOneCouldBeContactedAboutOutOfTheContactFigures() throws Exception {
        JsonNode may = statistics("servicesenter", "from=2019-05-01&to=2019-05-31");

        assertThat(may.get("intake").get("total").asLong()).isEqualTo(1);
        JsonNode contact = may.get("contact");
        assertThat(List.of(contact.get("decided").asLong(), contact.get("withinDeadline").asLong(),
                contact.get("contacted").asLong())).containsExactly(0L, 0L, 0L);
        assertThat(contact.get("withinDeadlineShare").isNull()).isTrue();
        assertThat(counts(contact.get("callOutcomes"))).containsOnly("Ikke nådd på telefon, kontaktkort sendt=0",
                "Besvart uten oppringing=0", "Ikke kontaktet ennå=0");
    }

    @Test
    void shouldNarrowEveryFigureToTheChosenUnit() throws Exception {
        JsonNode vei = statistics("servicesenter", MARCH + "&unit=vei");

        assertThat(vei.get("units")).extracting(JsonNode::asText).containsExactly("vei");
        assertThat(vei.get("intake").get("total").asLong()).isEqualTo(4);
        assertThat(counts(vei.get("intake").get("byKind"))).containsExactly("Spørsmål=1", "Forslag=0", "Klage=2", "Ros=1");
        assertThat(vei.get("kinds").get("complaintsPerPraise").asDouble()).isEqualTo(2.0);
        JsonNode contact = vei.get("contact");
        assertThat(List.of(contact.get("decided").asLong(), contact.get("withinDeadline").asLong(),
                contact.get("contacted").asLong(), contact.get("cardsSent").asLong())).containsExactly(4L, 3L, 3L, 1L);
        // Days 1, 4, 7: median 4; 90th percentile at rank 1.8, 4 + 0.8 * 3.
        assertThat(contact.get("medianDays").asDouble()).isEqualTo(4.0);
        assertThat(contact.get("p90Days").asDouble()).isCloseTo(6.4, within(1e-9));
        assertThat(vei.get("overdue").get("byUnit")).extracting(u -> u.get("label").asText())
                .containsExactly("Vei, park og idrett");
        assertThat(vei.get("satisfaction").get("byUnit")).hasSize(1);
    }

    @Test
    void shouldShowAUnitLeaderTheirOwnUnitOnly() throws Exception {
        JsonNode own = statistics("vegleder", MARCH);
        assertThat(own.get("units")).extracting(JsonNode::asText).containsExactly("vei");
        assertThat(own.get("intake").get("total").asLong()).isEqualTo(4);
        assertThat(own.get("dialogueInputs")).extracting(i -> i.get("unit").asText()).containsOnly("vei");
        assertThat(own.get("satisfaction").get("feedback")).extracting(f -> f.get("caseNumber").asText())
                .containsExactly(caseNumbers.get(1));
        assertThat(own.get("satisfaction").get("feedbackTotal").asLong()).isEqualTo(1);
        assertThat(new String(rest.withBasicAuth("vegleder", "demo").getForObject("/api/statistics/tilbakemeldinger.csv?"
                + MARCH, byte[].class), StandardCharsets.UTF_8)).contains(caseNumbers.get(1))
                .doesNotContain(caseNumbers.get(3), "Ventetiden");

        ResponseEntity<String> other = rest.withBasicAuth("vegleder", "demo")
                .getForEntity("/api/statistics?" + MARCH + "&unit=barnehage", String.class);
        assertThat(other.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(other.getBody()).doesNotContain("Barnehage\"", "\"total\"");
        assertThat(rest.withBasicAuth("vegleder", "demo").getForEntity("/api/statistics/kanal.csv?" + MARCH
                + "&unit=barnehage", String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(rest.withBasicAuth("kari", "demo").getForEntity("/api/statistics?" + MARCH, String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(rest.getForEntity("/api/statistics?" + MARCH, String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(statistics("politiker", MARCH).get("intake").get("total").asLong()).isEqualTo(7);
        assertThat(statistics("kommunedirektor", MARCH).get("units").isNull()).isTrue();
    }

    @Test
    void shouldRefuseAPeriodThatIsNotOne() {
        var servicesenter = rest.withBasicAuth("servicesenter", "demo");
        ResponseEntity<String> badDate = servicesenter.getForEntity("/api/statistics?from=2019-13-01", String.class);
        assertThat(badDate.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(badDate.getBody()).contains("from must be a date like 2026-01-31.");
        ResponseEntity<String> backwards = servicesenter.getForEntity("/api/statistics?from=2019-04-01&to=2019-03-01",
                String.class);
        assertThat(backwards.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(backwards.getBody()).contains("Fra-datoen må være før til-datoen.");
        assertThat(servicesenter.getForEntity("/api/statistics?unit=finnes-ikke", String.class).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(servicesenter.getForEntity("/api/statistics/finnes-ikke.csv", String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void shouldOfferEachTableAsCsvForASpreadsheet() throws Exception {
        ResponseEntity<byte[]> response = rest.withBasicAuth("servicesenter", "demo")
                .getForEntity("/api/statistics/kanal.csv?" + MARCH, byte[].class);

        assertThat(response.getHeaders().getContentType().toString()).startsWith("text/csv");
        assertThat(response.getHeaders().getContentDisposition().getFilename())
                .isEqualTo("statistikk-kanal-2019-03-01-2019-03-31.csv");
        List<CSVRecord> rows = csv(response.getBody());
        assertThat(rows.get(0).values()).containsExactly("Kanal", "Meldinger", "Andel");
        assertThat(rows.get(1).values()).containsExactly("E-post", "2", "28,6 %");
        assertThat(rows).hasSize(6);

        List<CSVRecord> feedback = csv(rest.withBasicAuth("servicesenter", "demo")
                .getForEntity("/api/statistics/tilbakemeldinger.csv?" + MARCH, byte[].class).getBody());
        assertThat(feedback.get(1).get(4)).as("a formula in a citizen's text stays text").isEqualTo("'=Ventetiden var for lang");

        List<CSVRecord> contact = csv(rest.withBasicAuth("servicesenter", "demo")
                .getForEntity("/api/statistics/kontakt.csv?" + MARCH, byte[].class).getBody());
        assertThat(contact).extracting(r -> r.get(1)).containsExactly("Verdi", "7", "4", "57,1 %", "5", "4,0", "14,8", "1",
                "1");
    }

    @Test
    void shouldWriteTheYearlyReportForTheCouncilWithTheSavedAssessment() throws Exception {
        // The page's form as a browser posts it, with the Tasklist session and the form's CSRF token.
        WebappSession session = WebappSession.login(rest.withRedirects(ClientHttpRequestFactorySettings.Redirects.DONT_FOLLOW),
                "servicesenter", "demo");
        Matcher token = CSRF.matcher(new String(session.get("/rapport?" + MARCH).getBody(), StandardCharsets.UTF_8));
        assertThat(token.find()).isTrue();
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("year", "2019");
        form.add("text", "Kontakten må bli raskere i barnehagene.\nVi følger opp i 2020.");
        form.add("from", "2019-03-01");
        form.add("to", "2019-03-31");

        assertThat(session.postForm("/rapport/vurdering", withToken(form, "forged")).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<String> saved = session.postForm("/rapport/vurdering", withToken(form, token.group(1)));
        assertThat(saved.getStatusCode()).isEqualTo(HttpStatus.FOUND);
        assertThat(saved.getHeaders().getLocation().toString()).endsWith("/rapport?from=2019-03-01&to=2019-03-31#arsrapport");
        assertThat(jdbc.queryForObject("select updated_by from report_assessment where report_year = 2019", String.class))
                .isEqualTo("servicesenter");
        WebappSession politician = WebappSession.login(rest, "politiker", "demo");
        Matcher politicianToken = CSRF.matcher(new String(politician.get("/rapport?" + MARCH).getBody(),
                StandardCharsets.UTF_8));
        assertThat(politicianToken.find()).as("politicians read the assessment, they have no form").isFalse();

        ResponseEntity<byte[]> docx = rest.withBasicAuth("politiker", "demo")
                .getForEntity("/api/statistics/yearly-report.docx?year=2019", byte[].class);
        assertThat(docx.getHeaders().getContentDisposition().getFilename())
                .isEqualTo("arsrapport-innbyggermeldinger-2019.docx");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx.getBody()))) {
            String text = String.join("\n", doc.getParagraphs().stream().map(XWPFParagraph::getText).toList());
            assertThat(text).contains("Saksframlegg", "INNBYGGERMELDINGER 2019 – ÅRSRAPPORT", "SAMMENDRAG:",
                    "I 2019 kom det inn 9 meldinger.", "3 klager og 2 ros (1,5 klager per ros)",
                    "Kontakten må bli raskere i barnehagene.", "Vi følger opp i 2020.", "VURDERING:",
                    "Kommunestyret tar årsrapporten om innbyggermeldinger 2019 til orientering.");
            assertThat(doc.getAllPictures()).hasSizeGreaterThanOrEqualTo(8);
            XWPFTable channels = tableAfter(doc, "Meldinger etter kanal");
            assertThat(channels.getRow(1).getCell(0).getText()).isEqualTo("Nettskjema");
            assertThat(channels.getRow(1).getCell(1).getText()).isEqualTo("4");
            XWPFTable contact = tableAfter(doc, "Kontakt med innmelderen");
            assertThat(contact.getRow(3).getCell(1).getText()).isEqualTo("50,0 %");
            assertThat(text).contains("2 innmeldere som ikke var fornøyd").doesNotContain("Ventetiden", "Altfor sent");
        }
        // A unit leader's document: the unit's own figures and a draft, not the municipality's assessment.
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(rest.withBasicAuth("vegleder", "demo")
                .getForObject("/api/statistics/yearly-report.docx?year=2019", byte[].class)))) {
            String all = doc.getParagraphs().stream().map(XWPFParagraph::getText).reduce("", String::concat)
                    + doc.getTables().stream().map(XWPFTable::getText).reduce("", String::concat);
            assertThat(all).contains("Vei, park og idrett").doesNotContain("Kontakten må bli raskere", "Barnehage");
        }
    }

    @Test
    void shouldShowThePageWithChartsTablesAndEscapedText() {
        ResponseEntity<String> page = rest.withBasicAuth("servicesenter", "demo").getForEntity("/rapport?" + MARCH,
                String.class);

        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getHeaders().getFirst("Content-Security-Policy")).contains("img-src 'self' data:");
        assertThat(page.getBody()).contains("Statistikk over innbyggermeldinger", "01.03.2019", "31.03.2019",
                "<strong>7</strong> <span>meldinger</span>", "<strong>57,1 %</strong>", "data:image/svg+xml;base64,",
                "/api/statistics/kanal.csv?from=2019-03-01&amp;to=2019-03-31",
                "&lt;b&gt;Altfor sent&lt;/b&gt; &amp; for lite")
                .doesNotContain("<b>Altfor sent</b>", "90000002");
        assertThat(rest.withBasicAuth("vegleder", "demo").getForEntity("/rapport?" + MARCH, String.class).getBody())
                .contains("Alle enhetene mine", "<strong>4</strong>")
                .doesNotContain(">Barnehage</option>", "Ventetiden", "Kontakten må bli raskere");
        assertThat(rest.withBasicAuth("kari", "demo").getForEntity("/rapport", String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void shouldSumUpAUnitsMessagesForItsDialogueMeetingPack() throws Exception {
        JsonNode vei = statistics("servicesenter", MARCH + "&unit=vei");
        JsonNode contact = vei.get("contact");

        UnitMessageSummary.Figures figures = unitMessages.of("vei", LocalDate.of(2019, 3, 1), LocalDate.of(2019, 3, 31))
                .orElseThrow();

        assertThat(figures.count()).isPositive().isEqualTo(vei.get("intake").get("total").asLong());
        JsonNode topSubject = vei.get("intake").get("bySubjectArea").get(0);
        assertThat(figures.subjects()).first()
                .isEqualTo(topSubject.get("label").asText() + " (" + topSubject.get("count").asLong() + ")");
        assertThat(figures.withinDeadline()).isEqualTo(contact.get("withinDeadline").asLong() + " av "
                + contact.get("decided").asLong() + " innmeldere fikk svar innen fristen på 10 dager");
        assertThat(unitMessages.of("vei", LocalDate.of(2018, 1, 1), LocalDate.of(2018, 1, 31))).isEmpty();
    }

    private JsonNode statistics(String user, String query) throws Exception {
        ResponseEntity<String> response = rest.withBasicAuth(user, "demo").getForEntity("/api/statistics?" + query,
                String.class);
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
        return JSON.readTree(response.getBody());
    }

    private static long countOn(JsonNode list, String field, String value) {
        return StreamSupport.stream(list.spliterator(), false).filter(n -> n.get(field).asText().equals(value))
                .findFirst().orElseThrow().get("count").asLong();
    }

    private static List<String> counts(JsonNode list) {
        return StreamSupport.stream(list.spliterator(), false)
                .map(n -> n.get("label").asText() + "=" + n.get("count").asLong()).toList();
    }

    private static List<CSVRecord> csv(byte[] body) throws Exception {
        assertThat(body).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        String text = new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
        return CSVFormat.EXCEL.builder().setDelimiter(';').get().parse(new StringReader(text)).getRecords();
    }

    private static XWPFTable tableAfter(XWPFDocument doc, String heading) {
        boolean seen = false;
        for (var element : doc.getBodyElements()) {
            if (element instanceof XWPFParagraph p && p.getText().equals(heading)) {
                seen = true;
            } else if (seen && element instanceof XWPFTable table) {
                return table;
            }
        }
        throw new AssertionError("no table after " + heading);
    }

    private static MultiValueMap<String, String> withToken(MultiValueMap<String, String> form, String token) {
        MultiValueMap<String, String> body = new LinkedMultiValueMap<>(form);
        body.set("_csrf", token);
        return body;
    }

    private String assigned(String channel, String kind, String area, String phone, String caseworker) {
        return cases.assigned(input(channel, kind, area, phone, false), caseworker);
    }

    private String registered(String channel, String kind, String area, String phone, boolean political) {
        return rest.withBasicAuth("servicesenter", "demo").postForObject("/api/messages",
                no.medvirk.RestRequests.json(input(channel, kind, area, phone, political)), JsonNode.class)
                .get("caseNumber").asText();
    }

    private static MessageInput input(String channel, String kind, String area, String phone, boolean political) {
        return new MessageInput(channel, null, "Melding om " + area + ".", kind, area, political, false,
                phone == null ? null : new SubmitterInput("Test Innmelder", null, phone, null), place(phone), null);
    }

    /** Where some of the fixture's messages are: two in Sentrum, one in Stavern, one outside the demo districts. */
    private static MessageInput.PlaceInput place(String phone) {
        return switch (phone == null ? "" : phone) {
            case "90000001", "90000006" -> new MessageInput.PlaceInput("Torget", 59.06, 10.04);
            case "90000002" -> new MessageInput.PlaceInput(null, 59.0, 10.03);
            case "90000007" -> new MessageInput.PlaceInput("Hytta", 60.0, 11.0);
            default -> null;
        };
    }

    private void call(String caseNumber, boolean reached, String satisfaction) {
        cases.completeTask(caseNumber, reached ? Map.of("reached", "true", "answer", "Vi ordner det.", "satisfaction",
                satisfaction) : Map.of("reached", "false"));
    }

    /** The service centre reads the follow-up and closes the case. */
    /**
     * The citizens' own say: m1 answers the survey "Ja", m4 "Nei"; on 2 April the month's sample calls March's
     * closed cases with a phone (m1-m4): m1 is not satisfied, m2 and m4 are, m3 is not reached.
     */
    private void citizensOwnVerdicts(String m1, String m2, String m3, String m4) {
        assertThat(citizenCase.answerSurvey(surveyToken(m1), true, null)).isTrue();
        assertThat(citizenCase.answerSurvey(surveyToken(m4), false, "Ingen ringte før det var for sent.")).isTrue();
        ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(2019, 4, 2, 8, 0).atZone(OSLO).toInstant()));
        managementService.executeJob(managementService.createJobQuery().timers()
                .processDefinitionKey("citizen-survey-sample").singleResult().getId());
        Map<String, Map<String, Object>> answers = Map.of(
                m1, Map.of("sampleReached", "true", "sampleSatisfied", "false"),
                m2, Map.of("sampleReached", "true", "sampleSatisfied", "true"),
                m3, Map.of("sampleReached", "false"),
                m4, Map.of("sampleReached", "true", "sampleSatisfied", "true", "sampleComment", "Bra til slutt."));
        for (org.camunda.bpm.engine.task.Task call : taskService.createTaskQuery()
                .processDefinitionKey("citizen-survey-sample").list()) {
            Object sampled = taskService.getVariable(call.getId(), "sampledCase");
            if (answers.containsKey(sampled)) {
                taskService.complete(call.getId(), answers.get(sampled));
            }
        }
    }

    private String surveyToken(String caseNumber) {
        String url = citizenLinks.surveyUrl(caseNumber).orElseThrow();
        return url.substring(url.lastIndexOf('/') + 1);
    }

    private void close(String caseNumber) {
        cases.completeTask(caseNumber, Map.of());
    }

    private void dueList() {
        assertThat(rest.withBasicAuth("servicesenter", "demo").postForEntity("/api/due-lists", null, String.class)
                .getStatusCode()).isEqualTo(HttpStatus.CREATED);
    }

    /** Meetings with vei (one input open, two done) and barnehage (one in progress) in March, barnehage in May. */
    private void dialogueInputs() {
        jdbc.update("insert into dialogue_group (name, leader, coordinator) values ('Statistikktest', 'politiker', 'sekretar')");
        Long group = jdbc.queryForObject("select id from dialogue_group where name = 'Statistikktest'", Long.class);
        long vei = meeting(group, "vei", "2019-03-20");
        for (String status : List.of("OPEN", "DONE", "DONE")) {
            input(vei, "vei", status);
        }
        input(meeting(group, "barnehage", "2019-03-21"), "barnehage", "IN_PROGRESS");
        input(meeting(group, "barnehage", "2019-05-10"), "barnehage", "PLANNED");
    }

    private long meeting(Long group, String unit, String day) {
        jdbc.update("insert into dialogue_meeting (group_id, unit_code, meeting_date, start_time, end_time, place, themes,"
                + " status, minutes_status) values (?, ?, ?, '18:00', '20:00', 'Statistikktest', 'Tjenestene', 'HELD',"
                + " 'APPROVED')", group, unit, java.sql.Date.valueOf(day));
        return jdbc.queryForObject("select max(id) from dialogue_meeting where place = 'Statistikktest'", Long.class);
    }

    private void input(long meeting, String unit, String status) {
        jdbc.update("insert into dialogue_input (meeting_id, text, unit_code, follow_up_status) values (?, 'Innspill', ?, ?)",
                meeting, unit, status);
    }

    private static void at(int day, int hour, int minute) {
        ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(2019, 3, day, hour, minute).atZone(OSLO).toInstant()));
    }
}
