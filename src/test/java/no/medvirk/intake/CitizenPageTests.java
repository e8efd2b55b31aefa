package no.medvirk.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.medvirk.MedvirkTest;
import no.medvirk.message.AnsweredBy;
import no.medvirk.message.CitizenLinks;
import no.medvirk.message.MessageCases;
import no.medvirk.message.MessageInput;
import no.medvirk.message.Messages;
import no.medvirk.message.TestPhotos;
import no.medvirk.notification.OutboxMails;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.MediaType;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The citizen's own pages as a browser uses them: the status page behind the receipt's private link (adding
 * information, withdrawing) and the survey once the case closed; unknown tokens, CSRF, answering once.
 */
@MedvirkTest
class CitizenPageTests {

    private static final String UNKNOWN = "A".repeat(43);

    @Autowired
    TestRestTemplate rest;
    @Autowired
    MessageCases cases;
    @Autowired
    CitizenLinks links;
    @Autowired
    Messages messages;
    @Autowired
    OutboxMails outbox;
    @Autowired
    SenderLimit limit;
    @Autowired
    TaskService taskService;
    @Autowired
    FormService formService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    JdbcTemplate jdbc;

    private final List<String> caseNumbers = new ArrayList<>();
    private PublicPages pages;

    @BeforeEach
    void freshSender() {
        ClockUtil.reset();
        limit.forgetAll();
        pages = new PublicPages(rest);
    }

    @AfterEach
    void endCases() {
        cases.end(caseNumbers);
    }

    @Test
    void theReceiptPageAndMailCarryThePrivateStatusLink() {
        open("/melding");
        post("/melding", Map.of("text", "Gatelyset i Parkveien er mørkt.", "email", "berit@example.no"));
        String receipt = get("/melding/kvittering").getBody();
        Matcher number = Pattern.compile("class=\"case-number\">([0-9]+/[0-9]+)<").matcher(receipt);
        assertThat(number.find()).isTrue();
        caseNumbers.add(number.group(1));
        String url = links.statusUrl(number.group(1)).orElseThrow();

        assertThat(receipt).contains("href=\"" + url + "\"", "Lenken er bare til deg");
        assertThat(outbox.findAll().stream().filter(m -> m.getSubject().contains(number.group(1))))
                .singleElement().satisfies(mail -> assertThat(mail.getBody()).contains(url));
        ResponseEntity<String> page = get(path(url));
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getBody()).contains(number.group(1), "Mottatt. Servicesenteret registrerer meldingen");
    }

    @Test
    void theStatusPageTellsTheCaseInPlainWordsWithoutNamingStaff() {
        String caseNumber = assigned();
        ResponseEntity<String> page = get(statusPath(caseNumber));

        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getHeaders().getFirst("X-Robots-Tag")).isEqualTo("noindex, nofollow");
        assertThat(page.getHeaders().getFirst("Referrer-Policy")).isEqualTo("no-referrer");
        assertThat(page.getBody()).contains("<html lang=\"nb\"", caseNumber,
                "En saksbehandler i Vei, park og idrett følger opp meldingen.", "Meldingen ble sendt til Vei, park og idrett",
                "name=\"robots\" content=\"noindex, nofollow\"", "Legg til opplysninger", "Trekk meldingen")
                .doesNotContain("Kari", "kari", "Nina Nilsen", "90000000");
    }

    @Test
    void anUnknownOrMalformedTokenGetsAPlainNorwegian404AndTryingManyIsStopped() {
        for (String token : List.of(UNKNOWN, "abc", UNKNOWN.substring(1) + "!")) {
            ResponseEntity<String> page = get(CitizenLinks.STATUS_PATH + token);
            assertThat(page.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
            assertThat(page.getBody()).contains("Vi finner ikke denne saken");
        }
        assertThat(get(CitizenLinks.SURVEY_PATH + UNKNOWN).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(get(CitizenLinks.SURVEY_PATH + UNKNOWN).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

        ResponseEntity<String> sixth = get(CitizenLinks.STATUS_PATH + UNKNOWN);
        assertThat(sixth.getStatusCode().value()).isEqualTo(429);
        assertThat(sixth.getBody()).contains("Vent litt");
    }

    @Test
    void theCitizenAddsInformationTheCaseworkerSeesOnTheOpenTask() {
        String caseNumber = assigned();
        String path = statusPath(caseNumber);
        open(path);

        assertThat(postWithoutCsrf(path + "/opplysninger", Map.of("text", "Det er to hull."))
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<String> empty = post(path + "/opplysninger", Map.of("text", "  "));
        assertThat(empty.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(empty.getBody()).contains("Skriv hva du vil legge til.", "aria-invalid=\"true\"");
        ResponseEntity<String> added = post(path + "/opplysninger", Map.of("text", "Det er to hull, ett ved porten."));
        assertThat(added.getStatusCode()).isEqualTo(HttpStatus.FOUND);
        assertThat(get(path).getBody()).contains("Takk! Opplysningene er lagt til saken", "Du la til opplysninger");

        Task call = taskService.createTaskQuery().processInstanceBusinessKey(caseNumber).singleResult();
        assertThat(formService.getTaskFormVariables(call.getId()).get("citizenAdditions").toString())
                .endsWith(": Det er to hull, ett ved porten.");
        ResponseEntity<String> robot = post(path + "/opplysninger", Map.of("text", "Robot", "website", "http://spam.example"));
        assertThat(robot.getStatusCode()).as(robot.getHeaders().getLocation() + " " + robot.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void theCitizenAddsAPhotoWithoutTextAndTheCaseworkerHasIt() {
        String caseNumber = assigned();
        String path = statusPath(caseNumber);
        assertThat(open(path)).contains("enctype=\"multipart/form-data\"", "id=\"photos\"", "accept=\"image/jpeg,image/png\"");
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("text", "");
        form.add("photos", PublicPages.photo("IMG_0003.jpg", TestPhotos.jpegWithGps(1200, 900, 1)));

        ResponseEntity<String> added = pages.postMultipart(path + "/opplysninger", form);

        assertThat(added.getStatusCode()).isEqualTo(HttpStatus.FOUND);
        assertThat(get(path).getBody()).contains("Takk! Opplysningene er lagt til saken");
        long messageId = messages.get(caseNumber).getId();
        var stored = jdbc.queryForList("select c.content from message_photo p join document_content c "
                + "on c.id in (p.display_id, p.thumbnail_id) where p.message_id = ?", byte[].class, messageId);
        assertThat(stored).hasSize(2).allSatisfy(bytes -> assertThat(TestPhotos.contains(bytes, "Exif")).isFalse());
        assertThat(jdbc.queryForObject("select count(*) from citizen_addition where message_id = ?", Long.class,
                messageId)).as("a photo alone adds no text").isZero();
        // The caseworker the case is with has it, as the card's photos.
        ResponseEntity<byte[]> photo = rest.withBasicAuth("kari", "demo")
                .getForEntity("/api/messages/" + caseNumber + "/photos/1", byte[].class);
        assertThat(photo.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(photo.getHeaders().getContentType()).isEqualTo(MediaType.IMAGE_JPEG);
        Task call = taskService.createTaskQuery().processInstanceBusinessKey(caseNumber).singleResult();
        assertThat(formService.getTaskFormVariables(call.getId()).get("placeDetails").toString())
                .as("the open call task shows the photo the citizen added").contains("/api/messages/" + caseNumber + "/photos/1");

        // The message takes three photos in all, the card's and the page's together.
        open(path);
        MultiValueMap<String, Object> more = new LinkedMultiValueMap<>();
        for (int i = 0; i < 3; i++) {
            more.add("photos", PublicPages.photo("hull" + i + ".png", TestPhotos.png(50, 50)));
        }
        ResponseEntity<String> tooMany = pages.postMultipart(path + "/opplysninger", more);
        assertThat(tooMany.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(tooMany.getBody()).contains("Meldingen har 1 bilde fra før, og kan ha høyst 3.");
        assertThat(jdbc.queryForObject("select count(*) from message_photo where message_id = ?", Long.class,
                messageId)).isOne();
    }

    @Test
    void aBadPhotoIsRefusedByTheFieldKeepingTheTextAndNothingIsStored() {
        String caseNumber = assigned();
        String path = statusPath(caseNumber);
        open(path);
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("text", "Her er et bilde av hullet.");
        form.add("photos", PublicPages.photo("hull.jpg", TestPhotos.pdf()));

        ResponseEntity<String> refused = pages.postMultipart(path + "/opplysninger", form);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody()).contains("href=\"#photos\"", "id=\"photos-error\"",
                "Bildet er ikke et bilde i JPEG- eller PNG-format", "Ingenting er lagret.",
                ">Her er et bilde av hullet.</textarea>").doesNotContain("hull.jpg");
        long messageId = messages.get(caseNumber).getId();
        assertThat(jdbc.queryForObject("select count(*) from message_photo where message_id = ?", Long.class,
                messageId)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from citizen_addition where message_id = ?", Long.class,
                messageId)).isZero();

        // Without the page's token, not even a good photo is taken.
        pages.forgeCsrf();
        MultiValueMap<String, Object> forged = new LinkedMultiValueMap<>();
        forged.add("photos", PublicPages.photo("hull.png", TestPhotos.png(50, 50)));
        assertThat(pages.postMultipart(path + "/opplysninger", forged).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(jdbc.queryForObject("select count(*) from message_photo where message_id = ?", Long.class,
                messageId)).isZero();
    }

    @Test
    void theCitizenWithdrawsTheMessageOnlyWhenTheyTickTheBox() {
        String caseNumber = assigned();
        String path = statusPath(caseNumber);
        open(path);

        ResponseEntity<String> unticked = post(path + "/trekk", Map.of());
        assertThat(unticked.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(unticked.getBody()).contains("Kryss av for at du vil trekke meldingen");
        assertThat(post(path + "/trekk", Map.of("confirm", "ja")).getStatusCode()).isEqualTo(HttpStatus.FOUND);

        assertThat(messages.get(caseNumber).getAnsweredBy()).isEqualTo(AnsweredBy.WITHDRAWN);
        String page = get(path).getBody();
        assertThat(page).contains("Meldingen er trukket, og saken er avsluttet.", "Trukket av deg. Saken er avsluttet.")
                .doesNotContain("Legg til opplysninger");
        assertThat(post(path + "/trekk", Map.of("confirm", "ja")).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    }

    @Test
    void theSurveyIsAnsweredOnceAndANoGoesToTheUnitsLeaders() {
        String caseNumber = assigned();
        cases.completeTask(caseNumber, Map.of("reached", "true", "answer", "Hullet fylles i uke 49.",
                "satisfaction", "SATISFIED"));
        cases.completeTask(caseNumber, Map.of());
        String path = path(links.surveyUrl(caseNumber).orElseThrow());

        assertThat(open(path)).contains("Er du fornøyd med hvordan kommunen fulgte opp meldingen din?", caseNumber);
        ResponseEntity<String> noAnswer = post(path, Map.of("comment", "Hm."));
        assertThat(noAnswer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(noAnswer.getBody()).contains("Velg ja eller nei.");
        assertThat(postWithoutCsrf(path, Map.of("satisfied", "nei")).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(post(path, Map.of("satisfied", "nei", "comment", "Hullet er der fortsatt."))
                .getStatusCode()).isEqualTo(HttpStatus.FOUND);
        assertThat(get(path).getBody()).contains("Takk for svaret ditt!");
        assertThat(get(path).getBody()).contains("Du har allerede svart").doesNotContain("name=\"satisfied\"");
        assertThat(post(path, Map.of("satisfied", "ja")).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);

        Task consider = taskService.createTaskQuery().processDefinitionKey("citizen-verdict")
                .processInstanceBusinessKey(caseNumber).singleResult();
        assertThat(consider.getName()).isEqualTo("Vurder ny oppfølging");
        assertThat(formService.getTaskFormVariables(consider.getId()).get("verdictComment")).isEqualTo("Hullet er der fortsatt.");
        assertThat(get(statusPath(caseNumber)).getBody()).contains("Du svarte på om du var fornøyd med oppfølgingen",
                "Besvart på telefon", "Hullet fylles i uke 49.");
    }

    // --- Helpers ----------------------------------------------------------------------------------

    private String assigned() {
        String caseNumber = cases.assigned(new MessageInput("CARD", null, "Hullet i veien ved skolen er stort.",
                "COMPLAINT", "Vei og trafikk", false, false,
                new MessageInput.SubmitterInput("Nina Nilsen", null, "90000000", null)), "kari");
        caseNumbers.add(caseNumber);
        return caseNumber;
    }

    private String statusPath(String caseNumber) {
        return path(links.statusUrl(caseNumber).orElseThrow());
    }

    private static String path(String url) {
        return url.substring("http://localhost:8080".length());
    }

    private String open(String path) {
        return pages.open(path);
    }

    private ResponseEntity<String> get(String path) {
        return pages.get(path);
    }

    private ResponseEntity<String> post(String path, Map<String, String> fields) {
        return pages.post(path, fields);
    }

    private ResponseEntity<String> postWithoutCsrf(String path, Map<String, String> fields) {
        return pages.postWithoutCsrf(path, fields);
    }
}
