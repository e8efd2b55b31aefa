package no.medvirk.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import no.medvirk.MedvirkTest;
import no.medvirk.message.Channel;
import no.medvirk.message.Message;
import no.medvirk.message.MessageCases;
import no.medvirk.message.MessageStatus;
import no.medvirk.message.Messages;
import no.medvirk.message.TestPhotos;
import no.medvirk.notification.OutboxMail;
import no.medvirk.notification.OutboxMails;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** M1: the public message card, as a citizen's browser uses it: session cookie, CSRF token, form posts. */
@MedvirkTest
@ExtendWith(OutputCaptureExtension.class)
class MessageCardTests {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    @Autowired
    TestRestTemplate rest;
    @Autowired
    Messages messages;
    @Autowired
    OutboxMails outbox;
    @Autowired
    MessageCases cases;
    @Autowired
    SenderLimit limit;
    @Autowired
    org.camunda.bpm.engine.RepositoryService repositoryService;
    @Autowired
    DataSource dataSource;

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
    void theCardTellsWhatIsAskedAndHowTheDataIsUsed() {
        String page = open();
        assertThat(page).contains("<html lang=\"nb\"", "Send en melding til kommunen", "Meldingen din (må fylles ut)",
                "ringer kommunen deg\n      innen <span>10 dager</span>", "Slik bruker vi opplysningene om deg",
                "<option value=\"Gatelys\">Gatelys</option>", "name=\"viewport\"");
        assertThat(pages.csrf()).isNotBlank();
    }

    @Test
    void theCardAndTheReceiptPromiseWhatTheRulesTableSaysToday() throws IOException {
        List<String> deployments = deploymentIds();
        String rules = Files.readString(Path.of("processes/message-rules.dmn"))
                .replace("<text>\"P10D\"</text>", "<text>\"P2W\"</text>").replace("<text>3</text>", "<text>4</text>");
        repositoryService.createDeployment().source("Camunda Modeler").name("message-rules")
                .addString("message-rules.dmn", rules).deploy();
        try {
            assertThat(open()).contains("ringer kommunen deg\n      innen <span>2 uker</span>");
            post(form("Gatelyset i Parkveien er mørkt.", "912 34 567", "berit@example.no"));
            String receipt = get("/melding/kvittering").getBody();
            Matcher number = Pattern.compile("class=\"case-number\">([0-9]+/[0-9]+)<").matcher(receipt);
            assertThat(number.find()).isTrue();
            caseNumbers.add(number.group(1));
            assertThat(receipt).contains("Du blir ringt opp innen <span>2 uker</span>", "etter <span>fire</span> forsøk");
            assertThat(outbox.findAll().stream().filter(m -> m.getSubject().contains(number.group(1))))
                    .singleElement().satisfies(mail -> assertThat(mail.getBody()).contains("Du blir ringt opp innen 2 uker."));
        } finally {
            deploymentIds().stream().filter(id -> !deployments.contains(id))
                    .forEach(id -> repositoryService.deleteDeployment(id, true));
        }
    }

    private List<String> deploymentIds() {
        return repositoryService.createDeploymentQuery().list().stream().map(d -> d.getId()).toList();
    }

    @Test
    void aMessageIsStoredAtOnceAndWaitsForTheServiceCentreTheSameDay() {
        long before = messages.count();
        open();
        ResponseEntity<String> sent = post(form("Gatelyset i Parkveien er mørkt.", "912 34 567", "berit@example.no"));

        assertThat(sent.getStatusCode()).isEqualTo(HttpStatus.FOUND);
        assertThat(sent.getHeaders().getLocation().getPath()).isEqualTo("/melding/kvittering");
        String receipt = get("/melding/kvittering").getBody();
        Matcher number = Pattern.compile("class=\"case-number\">([0-9]+/[0-9]+)<").matcher(receipt);
        assertThat(number.find()).isTrue();
        String caseNumber = number.group(1);
        caseNumbers.add(caseNumber);
        assertThat(receipt).contains("Du blir ringt opp innen <span>10 dager</span>", "etter <span>tre</span> forsøk",
                "kvittering med saksnummeret på e-post");
        // The receipt is shown once: a reload goes back to an empty card instead of sending again.
        assertThat(get("/melding/kvittering").getStatusCode()).isEqualTo(HttpStatus.FOUND);

        assertThat(messages.count()).isEqualTo(before + 1);
        Message message = messages.findByCaseNumber(caseNumber).orElseThrow();
        assertThat(message.getChannel()).isEqualTo(Channel.WEB);
        assertThat(message.getStatus()).isEqualTo(MessageStatus.RECEIVED);
        assertThat(message.getText()).isEqualTo("Gatelyset i Parkveien er mørkt.");
        // The citizen's choice is where the service centre's registration starts.
        assertThat(message.getKind()).isEqualTo(no.medvirk.message.Kind.COMPLAINT);
        assertThat(message.getSubjectArea()).isEqualTo("Gatelys");
        assertThat(message.getSubmitter().phone()).isEqualTo("912 34 567");

        Task registration = cases.openTask(caseNumber);
        assertThat(registration.getTaskDefinitionKey()).isEqualTo("Task_RegisterMessage");
        assertThat(registration.getDueDate().toInstant().atZone(OSLO).toLocalTime()).isEqualTo(LocalTime.of(16, 0));
        assertThat(registration.getDueDate().toInstant()).isAfter(message.getReceivedAt());

        OutboxMail mail = outbox.findAll().stream().filter(m -> m.getSubject().contains(caseNumber)).findFirst().orElseThrow();
        assertThat(mail.getRecipient()).isEqualTo("berit@example.no");
        assertThat(mail.getSubject()).isEqualTo("Kvittering: meldingen din har saksnummer " + caseNumber);
        assertThat(mail.getBody()).contains("Du blir ringt opp innen 10 dager.");
    }

    @Test
    void theCardTakesThePlaceAndPhotosAndKeepsOnlyTheirPixels() {
        open();
        MultiValueMap<String, Object> form = PublicPages.multipart(form("Benken ved fontenen er knust.", null, null));
        form.set("placeText", "Torget, ved fontenen");
        form.set("placeLat", "59.053300");
        form.set("placeLon", "10.035000");
        form.add("photos", PublicPages.photo("IMG_0001.jpg", TestPhotos.jpegWithGps(1200, 900, 6)));
        form.add("photos", PublicPages.photo("skjerm.png", TestPhotos.png(300, 200)));

        ResponseEntity<String> sent = postMultipart(form);

        assertThat(sent.getStatusCode()).isEqualTo(HttpStatus.FOUND);
        String caseNumber = receiptCaseNumber();
        caseNumbers.add(caseNumber);
        Message message = messages.findByCaseNumber(caseNumber).orElseThrow();
        assertThat(message.getPlace().text()).isEqualTo("Torget, ved fontenen");
        assertThat(message.getPlace().pointText()).isEqualTo("59.05330, 10.03500");
        assertThat(message.getPlaceArea()).isEqualTo("Sentrum");
        var stored = jdbc().queryForList("select c.content from message_photo p join document_content c "
                + "on c.id in (p.display_id, p.thumbnail_id) where p.message_id = ?", byte[].class, message.getId());
        assertThat(stored).hasSize(4).allSatisfy(bytes -> {
            assertThat(TestPhotos.contains(bytes, "Exif")).isFalse();
            assertThat(TestPhotos.contains(bytes, TestPhotos.CAMERA)).isFalse();
        });
        assertThat(jdbc().queryForList("select width, height from message_photo where message_id = ? order by id",
                message.getId())).first().satisfies(row -> assertThat(row.values()).containsExactly(900, 1200));
    }

    @Test
    void badUploadsAreRefusedByTheFieldWithEveryOtherProblemAndNothingIsStored() {
        long before = messages.count();
        long photosBefore = jdbc().queryForObject("select count(*) from message_photo", Long.class);
        open();
        MultiValueMap<String, Object> form = PublicPages.multipart(form("", null, null));
        form.add("photos", PublicPages.photo("ferie.jpg", TestPhotos.pdf()));
        form.add("photos", PublicPages.photo("stor.png", TestPhotos.pngBomb()));
        form.add("photos", PublicPages.photo("IMG_0002.heic", TestPhotos.heic()));

        ResponseEntity<String> refused = postMultipart(form);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody()).contains("href=\"#photos\"", "id=\"photos-error\"",
                "Bilde 1 er ikke et bilde i JPEG- eller PNG-format", "Bilde 2 har for mange piksler",
                "Bilde 3 er i HEIC-format", "Ingenting er lagret.", "Skriv hva meldingen gjelder.")
                .doesNotContain("ferie.jpg");

        open();
        MultiValueMap<String, Object> tooMany = PublicPages.multipart(form("Fire bilder av samme hull.", null, null));
        for (int i = 0; i < 4; i++) {
            tooMany.add("photos", PublicPages.photo("hull" + i + ".png", TestPhotos.png(50, 50)));
        }
        assertThat(postMultipart(tooMany).getBody()).contains("Du kan legge ved høyst 3 bilder.");

        open();
        MultiValueMap<String, Object> tooLarge = PublicPages.multipart(form("Et stort bilde.", null, null));
        tooLarge.add("photos", PublicPages.photo("stort.jpg", java.util.Arrays.copyOf(TestPhotos.jpegWithGps(40, 20, 1),
                10 * 1024 * 1024 + 1)));
        assertThat(postMultipart(tooLarge).getBody()).contains("Bildet er større enn 10 MB.",
                ">Et stort bilde.</textarea>");

        assertThat(messages.count()).isEqualTo(before);
        assertThat(jdbc().queryForObject("select count(*) from message_photo", Long.class)).isEqualTo(photosBefore);
    }

    @Test
    void theMapComesFromMedvirkItselfWithTheConfiguredTileServerAsTheOnlyOtherSource() {
        ResponseEntity<String> card = get("/melding");

        assertThat(card.getBody()).contains("src=\"/melding/leaflet/leaflet.js\"", "src=\"/melding/place-map.js\"",
                "data-tiles=\"http://127.0.0.1:9/{z}/{x}/{y}.png\"", "id=\"placeMap\"", "hidden",
                "accept=\"image/jpeg,image/png\"", "enctype=\"multipart/form-data\"");
        assertThat(card.getHeaders().getFirst("Content-Security-Policy"))
                .contains("default-src 'self'", "img-src 'self' data: http://127.0.0.1:9;");
        assertThat(get("/melding/leaflet/leaflet.js").getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(get("/melding/leaflet/images/marker-icon.png").getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void badInputGetsMessagesByTheFieldsKeepsWhatWasTypedAndStoresNothing() {
        long before = messages.count();
        open();
        MultiValueMap<String, String> form = form("", "12", "ikke-en-adresse");
        form.set("name", "Berit <b>Innbygger</b>");
        ResponseEntity<String> refused = post(form);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody()).contains("Det er feil i skjemaet", "Skriv hva meldingen gjelder.",
                "Telefonnummeret må ha 8 siffer", "E-postadressen er ikke gyldig.", "href=\"#text\"",
                "aria-invalid=\"true\"", "value=\"12\"", "value=\"ikke-en-adresse\"")
                // What was typed comes back escaped, never as markup.
                .contains("value=\"Berit &lt;b&gt;Innbygger&lt;/b&gt;\"").doesNotContain("<b>Innbygger");
        assertThat(messages.count()).isEqualTo(before);
    }

    @Test
    void controlCharactersAreRefusedByTheFieldKeepingTheRestOfWhatWasTypedAndNothingIsLogged(CapturedOutput output) {
        long before = messages.count();
        open();
        MultiValueMap<String, String> form = form("Hullet i Fjordgata\u0000 er stort.", null, null);
        form.set("name", "Solveig\u0007 Fjordheim");

        ResponseEntity<String> refused = post(form);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody()).contains("Det er feil i skjemaet", "href=\"#text\"", "href=\"#name\"",
                        "Vi har fjernet dem", ">Hullet i Fjordgata er stort.</textarea>", "value=\"Solveig Fjordheim\"")
                .doesNotContain("\u0000", "\u0007");
        assertThat(messages.count()).isEqualTo(before);

        // What the card kept is sent again as it stands, and taken.
        MultiValueMap<String, String> again = form("Hullet i Fjordgata er stort.", null, null);
        again.set("name", "Solveig Fjordheim");
        assertThat(post(again).getStatusCode()).isEqualTo(HttpStatus.FOUND);
        caseNumbers.add(receiptCaseNumber());
        assertThat(output.getAll()).doesNotContain("Fjordgata", "Solveig", "Fjordheim");
    }

    @Test
    void aFormWhoseBytesAreNotUtf8IsRefusedAndNothingStored() {
        long before = messages.count();
        open();

        ResponseEntity<String> refused = pages.postEncoded("/melding", "text=Veien+er+%FF%FEbrutt&kind=COMPLAINT&subjectArea=Gatelys"
                + "&name=&address=&phone=&email=&website=");

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody()).contains("href=\"#text\"", ">Veien er brutt</textarea>").doesNotContain("\uFFFD");
        assertThat(messages.count()).isEqualTo(before);
    }

    @Test
    void aFieldTomcatCannotDecodeIsNotWrittenToTheLog(CapturedOutput output) {
        long before = messages.count();
        open();

        ResponseEntity<String> refused = pages.postEncoded("/melding", "text=Hemmelig+%ZZ+melding+fra+Gyda&kind=&subjectArea="
                + "&name=&address=&phone=&email=&website=");

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(messages.count()).isEqualTo(before);
        assertThat(output.getAll()).doesNotContain("Gyda", "Hemmelig");
    }

    @Test
    void withoutTheTokenNothingIsTaken() {
        long before = messages.count();
        open();
        pages.forgeCsrf();
        assertThat(post(form("Hei", null, null)).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(messages.count()).isEqualTo(before);
    }

    @Test
    void aFilledHoneypotIsRefusedAndNothingStored() {
        long before = messages.count();
        open();
        MultiValueMap<String, String> form = form("Kjøp billige klokker", null, null);
        form.set("website", "http://spam.example");
        ResponseEntity<String> refused = post(form);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody()).contains("Meldingen kunne ikke tas imot.", "Meldingen ble ikke lagret.");
        assertThat(messages.count()).isEqualTo(before);
    }

    @Test
    void oneAddressSendingTooManyIsRefusedWith429AndNothingStored() {
        open();
        // Refused content does not count against the citizen.
        assertThat(post(form("", null, null)).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        for (int i = 1; i <= 5; i++) {
            ResponseEntity<String> sent = post(form("Melding nummer " + i, null, null));
            assertThat(sent.getStatusCode()).as("message %d", i).isEqualTo(HttpStatus.FOUND);
            caseNumbers.add(receiptCaseNumber());
        }
        long before = messages.count();
        ResponseEntity<String> refused = post(form("Melding nummer 6", null, null));
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(refused.getBody()).contains("Du har sendt mange meldinger på kort tid.", "Meldingen ble ikke lagret.");
        assertThat(messages.count()).isEqualTo(before);
    }

    @Test
    void whenTheMessageCannotBeStoredNowTheCardComesBackAsTypedWithANoticeAnd503() throws Exception {
        open();
        // The year's case numbers exist, so that another transaction can hold them.
        assertThat(post(form("Første melding i dag.", null, null)).getStatusCode()).isEqualTo(HttpStatus.FOUND);
        Matcher number = Pattern.compile("class=\"case-number\">([0-9]+)/([0-9]+)<")
                .matcher(get("/melding/kvittering").getBody());
        assertThat(number.find()).isTrue();
        caseNumbers.add(number.group(1) + "/" + number.group(2));
        long before = messages.count();

        HttpResponse<String> busy;
        try (Connection other = dataSource.getConnection()) {
            other.setAutoCommit(false);
            try (PreparedStatement lock = other.prepareStatement(
                    "update case_number_sequence set last_number = last_number where case_year = ?")) {
                lock.setInt(1, 2000 + Integer.parseInt(number.group(1)));
                assertThat(lock.executeUpdate()).isOne();
            }
            busy = postOnce(form("Gatelyset i Storgata er mørkt.", "912 34 567", "berit@example.no"));
            other.rollback();
        }

        assertThat(busy.statusCode()).isEqualTo(503);
        assertThat(busy.headers().firstValue("Retry-After")).hasValue("5");
        assertThat(busy.body()).contains("Meldingen ble ikke lagret", "Akkurat nå kommer det inn mange meldinger",
                ">Gatelyset i Storgata er mørkt.</textarea>", "value=\"912 34 567\"", "value=\"berit@example.no\"",
                "value=\"Berit Innbygger\"", "name=\"_csrf\"");
        assertThat(messages.count()).isEqualTo(before);
    }

    @Test
    void theLimitCountsTheConnectionsAddressWhateverItSaysItForwards() {
        open();
        for (int i = 1; i <= 5; i++) {
            ResponseEntity<String> sent = post(form("Melding nummer " + i, null, null), "203.0.113." + i);
            assertThat(sent.getStatusCode()).as("message %d", i).isEqualTo(HttpStatus.FOUND);
            caseNumbers.add(receiptCaseNumber());
        }
        long before = messages.count();

        ResponseEntity<String> refused = post(form("Melding nummer 6", null, null), "198.51.100.6");

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(messages.count()).isEqualTo(before);
    }

    private static MultiValueMap<String, String> form(String text, String phone, String email) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("text", text);
        form.add("kind", "COMPLAINT");
        form.add("subjectArea", "Gatelys");
        form.add("name", "Berit Innbygger");
        form.add("address", "Parkveien 3");
        form.add("phone", phone == null ? "" : phone);
        form.add("email", email == null ? "" : email);
        form.add("website", "");
        return form;
    }

    /** Opens the card as a browser does: a session and its CSRF token. */
    private String open() {
        return pages.open("/melding");
    }

    private ResponseEntity<String> get(String path) {
        return pages.get(path);
    }

    private ResponseEntity<String> post(MultiValueMap<String, String> form) {
        return pages.post("/melding", form);
    }

    private ResponseEntity<String> postMultipart(MultiValueMap<String, Object> form) {
        return pages.postMultipart("/melding", form);
    }

    private String receiptCaseNumber() {
        return pages.receiptCaseNumber();
    }

    private org.springframework.jdbc.core.JdbcTemplate jdbc() {
        return new org.springframework.jdbc.core.JdbcTemplate(dataSource);
    }

    /** Posted by a client that says, in X-Forwarded-For, that it forwards for this address. */
    private ResponseEntity<String> post(MultiValueMap<String, String> form, String forwardedFor) {
        HttpHeaders headers = new HttpHeaders();
        headers.add("X-Forwarded-For", forwardedFor);
        return pages.post("/melding", form, headers);
    }

    /** The JDK's client, which never sends a form again by itself (Apache's does after a 503's Retry-After). */
    private HttpResponse<String> postOnce(MultiValueMap<String, String> form) throws Exception {
        MultiValueMap<String, String> body = new LinkedMultiValueMap<>(form);
        body.set("_csrf", pages.csrf());
        String encoded = body.entrySet().stream().flatMap(field -> field.getValue().stream()
                        .map(value -> field.getKey() + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8)))
                .collect(Collectors.joining("&"));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(rest.getRootUri() + "/melding"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Cookie", "JSESSIONID=" + pages.session())
                        .POST(HttpRequest.BodyPublishers.ofString(encoded)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
