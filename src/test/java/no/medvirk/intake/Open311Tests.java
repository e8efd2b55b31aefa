package no.medvirk.intake;

import static no.medvirk.RestRequests.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import no.medvirk.MedvirkTest;
import no.medvirk.message.Channel;
import no.medvirk.message.Districts;
import no.medvirk.message.Message;
import no.medvirk.message.MessageStatus;
import no.medvirk.message.MessageCases;
import no.medvirk.message.Messages;
import no.medvirk.message.Place;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.w3c.dom.Document;

/** Open311 GeoReport v2, driven with the spec's own example request. */
@MedvirkTest
@ExtendWith(OutputCaptureExtension.class)
class Open311Tests {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The POST example of the GeoReport v2 spec, with one of our service codes. */
    private static final String SPEC_EXAMPLE = "service_code=gatelys&lat=37.76524078&long=-122.4212043"
            + "&address_string=1234+5th+street&email=smit222%40sfgov.edu&device_id=tt222111&account_id=123456"
            + "&first_name=john&last_name=smith&phone=111111111"
            + "&description=A+large+sinkhole+is+forming+in+the+middle+of+the+road+in+front+of+my+house"
            + "&media_url=http%3A%2F%2Fexample.com%2Fsinkhole.jpg";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    Messages messages;
    @Autowired
    MessageCases cases;
    @Autowired
    JdbcTemplate jdbc;

    private final List<String> caseNumbers = new ArrayList<>();
    private final List<String> apps = new ArrayList<>();

    @BeforeEach
    void realTime() {
        ClockUtil.reset();
    }

    @AfterEach
    void cleanUp() {
        cases.end(caseNumbers);
        apps.forEach(name -> rest.withBasicAuth("admin", "demo").exchange("/api/open311/clients/" + name,
                HttpMethod.DELETE, null, Void.class));
    }

    @Test
    void servicesAreTheSubjectAreasInJsonAndXml() throws Exception {
        JsonNode services = JSON.readTree(rest.getForObject("/open311/v2/services.json", String.class));
        assertThat(services.isArray()).isTrue();
        assertThat(services).anySatisfy(s -> {
            assertThat(s.get("service_code").asText()).isEqualTo("broyting-og-stroing");
            assertThat(s.get("service_name").asText()).isEqualTo("Brøyting og strøing");
            assertThat(s.get("metadata").asBoolean()).isFalse();
            assertThat(s.get("type").asText()).isEqualTo("realtime");
        });

        ResponseEntity<String> xml = rest.getForEntity("/open311/v2/services.xml", String.class);
        assertThat(xml.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_XML)).isTrue();
        Document document = xml(xml.getBody());
        assertThat(document.getDocumentElement().getNodeName()).isEqualTo("services");
        assertThat(document.getElementsByTagName("service").getLength()).isEqualTo(services.size());
        assertThat(document.getElementsByTagName("service_code").item(0).getTextContent()).isNotBlank();

        JsonNode definition = JSON.readTree(rest.getForObject("/open311/v2/services/gatelys.json", String.class));
        assertThat(definition.get("service_code").asText()).isEqualTo("gatelys");
        JsonNode discovery = JSON.readTree(rest.getForObject("/open311/v2/discovery.json", String.class));
        assertThat(discovery.at("/endpoints/0/specification").asText()).isEqualTo("http://wiki.open311.org/GeoReport_v2");
        assertThat(discovery.at("/endpoints/0/formats")).hasSize(2);
    }

    @Test
    void onlyAdministratorsIssueKeysAndAPostNeedsOne() throws Exception {
        assertThat(rest.withBasicAuth("kari", "demo").postForEntity("/api/open311/clients",
                json(Map.of("name", "Kari's app")), String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

        ResponseEntity<String> refused = post("requests.json", SPEC_EXAMPLE + "&api_key=not-a-key");
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        JsonNode errors = JSON.readTree(refused.getBody());
        assertThat(errors.get(0).get("code").asInt()).isEqualTo(403);
        assertThat(errors.get(0).get("description").asText()).contains("api_key");

        String key = issueKey("Revoked app");
        rest.withBasicAuth("admin", "demo").delete("/api/open311/clients/Revoked app");
        assertThat(post("requests.json", SPEC_EXAMPLE + "&api_key=" + key).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void theSpecsExampleRequestBecomesAReceivedMessageAndCanBeFollowed() throws Exception {
        String key = issueKey("Bymelder");
        long before = messages.count();

        ResponseEntity<String> created = post("requests.json", SPEC_EXAMPLE + "&api_key=" + key);

        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode answer = JSON.readTree(created.getBody()).get(0);
        String caseNumber = answer.get("service_request_id").asText();
        caseNumbers.add(caseNumber);
        assertThat(answer.get("account_id").asText()).isEqualTo("123456");
        assertThat(answer.get("service_notice").asText()).contains("ringt opp innen 10 dager");
        assertThat(messages.count()).isEqualTo(before + 1);
        Message message = messages.findByCaseNumber(caseNumber).orElseThrow();
        assertThat(message.getChannel()).isEqualTo(Channel.OPEN311);
        assertThat(message.getStatus()).isEqualTo(MessageStatus.RECEIVED);
        assertThat(message.getSubjectArea()).isEqualTo("Gatelys");
        assertThat(message.getText()).isEqualTo("A large sinkhole is forming in the middle of the road in front of my house");
        // Where, and the picture's link (never fetched), fill the message's own fields, as the card's do.
        assertThat(message.getPlace()).isEqualTo(new Place("1234 5th street", 37.76524078, -122.4212043));
        assertThat(message.getPlaceArea()).as("far from the demo districts").isEqualTo(Districts.OUTSIDE);
        assertThat(message.getMediaUrl()).isEqualTo("http://example.com/sinkhole.jpg");
        assertThat(message.getSubmitter().name()).isEqualTo("john smith");
        assertThat(message.getSubmitter().phone()).isEqualTo("111111111");
        assertThat(cases.openTask(caseNumber).getTaskDefinitionKey()).isEqualTo("Task_RegisterMessage");

        JsonNode request = JSON.readTree(rest.getForObject("/open311/v2/requests/" + caseNumber + ".json?api_key=" + key,
                String.class)).get(0);
        assertThat(request.get("service_request_id").asText()).isEqualTo(caseNumber);
        assertThat(request.get("status").asText()).isEqualTo("open");
        assertThat(request.get("status_notes").asText()).isEqualTo("Mottatt, ikke registrert");
        assertThat(request.get("service_code").asText()).isEqualTo("gatelys");
        assertThat(request.get("agency_responsible").asText()).isEqualTo("Servicesenteret");
        assertThat(request.get("lat").asDouble()).isEqualTo(37.76524078);
        assertThat(request.get("long").asDouble()).isEqualTo(-122.4212043);
        assertThat(request.get("address").asText()).isEqualTo("1234 5th street");
        assertThat(request.get("media_url").asText()).isEqualTo("http://example.com/sinkhole.jpg");
        assertThat(request.get("requested_datetime").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\+0[12]:00");
        assertThat(request.get("expected_datetime").isNull()).isTrue();
        // The requester's contact details are never shown back.
        assertThat(request.toString()).doesNotContain("111111111", "smit222", "john");

        JsonNode found = JSON.readTree(rest.getForObject("/open311/v2/requests.json?api_key=" + key
                + "&service_request_id=" + caseNumber, String.class));
        assertThat(found).hasSize(1);
        assertThat(JSON.readTree(rest.getForObject("/open311/v2/requests.json?api_key=" + key + "&status=closed",
                String.class))).isEmpty();
        assertThat(JSON.readTree(rest.getForObject("/open311/v2/requests.json?api_key=" + key
                + "&service_code=gatelys", String.class))).hasSize(1);
        assertThat(JSON.readTree(rest.getForObject("/open311/v2/requests.json?api_key=" + key
                + "&start_date=2099-01-01T00:00:00Z&end_date=2099-12-31T00:00:00Z", String.class))).isEmpty();
        assertThat(rest.getForEntity("/open311/v2/requests.json?api_key=" + key + "&start_date=yesterday", String.class)
                .getBody()).contains("start_date must be a W3C date-time");
        Document xml = xml(rest.getForObject("/open311/v2/requests.xml?api_key=" + key, String.class));
        assertThat(xml.getDocumentElement().getNodeName()).isEqualTo("service_requests");
        assertThat(xml.getElementsByTagName("request").getLength()).isEqualTo(1);
        assertThat(xml.getElementsByTagName("service_request_id").item(0).getTextContent()).isEqualTo(caseNumber);

        // Another app does not see it.
        String other = issueKey("Annen app");
        assertThat(rest.getForEntity("/open311/v2/requests/" + caseNumber + ".json?api_key=" + other, String.class)
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void badRequestsAreRefusedInTheSpecsErrorShapeAndStoreNothing() throws Exception {
        String key = issueKey("Feilapp");
        long before = messages.count();

        assertThat(post("requests.json", "api_key=" + key + "&service_code=no-such&description=x").getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(post("requests.json", "api_key=" + key + "&service_code=gatelys&lat=59.05&description=x")
                .getBody()).contains("lat and long must be given together");
        assertThat(post("requests.json", "api_key=" + key + "&service_code=gatelys&lat=north&long=10&description=x")
                .getBody()).contains("lat must be a decimal number");
        assertThat(post("requests.json", "api_key=" + key + "&service_code=gatelys&address_string=Storgata+1")
                .getBody()).contains("description is required");
        assertThat(post("requests.json", "api_key=" + key + "&service_code=gatelys&description=x&phone=12")
                .getBody()).contains("Telefonnummeret må ha 8 siffer");
        ResponseEntity<String> xml = post("requests.xml", "api_key=" + key + "&service_code=no-such&description=x");
        Document errors = xml(xml.getBody());
        assertThat(errors.getDocumentElement().getNodeName()).isEqualTo("errors");
        assertThat(errors.getElementsByTagName("code").item(0).getTextContent()).isEqualTo("404");

        assertThat(messages.count()).isEqualTo(before);
    }

    @Test
    void aMediaUrlThatIsNoWebAddressIsRefusedSoThatNoScriptBecomesALinkForStaff() throws Exception {
        String key = issueKey("Lenker");
        long before = messages.count();

        ResponseEntity<String> refused = post("requests.json", "api_key=" + key + "&service_code=gatelys"
                + "&description=Lyset+blinker&lat=59.06&long=10.04&media_url=javascript%3Aalert(1)");

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(JSON.readTree(refused.getBody()).get(0).get("description").asText())
                .isEqualTo("media_url must be an http or https URL");
        assertThat(messages.count()).isEqualTo(before);
    }

    @Test
    void fieldsLongerThanTheirColumnsAreRefusedInTheSpecsErrorsAndNotLogged(CapturedOutput output) throws Exception {
        String key = issueKey("Lange felt");
        long before = messages.count();
        String address = "Tordenskiolds gate 12, " + "oppgang B ".repeat(30);

        ResponseEntity<String> refused = post("requests.json", "api_key=" + key + "&service_code=gatelys"
                + "&description=Lyset+blinker&device_id=" + "d".repeat(101) + "&account_id=" + "a".repeat(101)
                + "&address_string=" + URLEncoder.encode(address, StandardCharsets.UTF_8)
                + "&media_url=http%3A%2F%2Fexample.com%2F" + "m".repeat(490));

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        JsonNode errors = JSON.readTree(refused.getBody());
        assertThat(errors).extracting(e -> e.get("code").asInt()).containsOnly(400);
        assertThat(errors).extracting(e -> e.get("description").asText()).containsExactlyInAnyOrder(
                "address_string must be at most 300 characters", "media_url must be at most 500 characters",
                "device_id must be at most 100 characters", "account_id must be at most 100 characters");
        ResponseEntity<String> xml = post("requests.xml", "api_key=" + key + "&service_code=gatelys&description=x"
                + "&device_id=" + "d".repeat(101));
        assertThat(xml.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(xml(xml.getBody()).getElementsByTagName("description").item(0).getTextContent())
                .isEqualTo("device_id must be at most 100 characters");
        assertThat(messages.count()).isEqualTo(before);
        assertThat(output.getAll()).doesNotContain("Tordenskiolds", "oppgang B", "ddddddddddddddddddddddddd");
    }

    @Test
    void controlCharactersAndBytesThatAreNotUtf8AreRefusedInEveryField() throws Exception {
        String key = issueKey("Kontrolltegn");
        long before = messages.count();
        for (String field : List.of("description=Lyset%00borte", "first_name=Ola%00", "last_name=Nordmann%07",
                "phone=9000%000000", "email=ola%1B%40example.no", "address_string=Storgata%001",
                "media_url=http%3A%2F%2Fexample.com%2F%00.jpg", "device_id=abc%00", "account_id=a%0Bbc",
                "description=Lyset+er+%FF%FEborte", "address_string=Storgata+%C3")) {
            String description = field.startsWith("description=") ? "" : "&description=Lyset+er+borte";
            ResponseEntity<String> refused = post("requests.json",
                    "api_key=" + key + "&service_code=gatelys" + description + "&" + field);
            assertThat(refused.getStatusCode()).as(field).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(JSON.readTree(refused.getBody()).get(0).get("code").asInt()).isEqualTo(400);
        }
        assertThat(messages.count()).isEqualTo(before);
    }

    @Test
    void coordinatesAreFiniteDecimalDegrees() throws Exception {
        String key = issueKey("Koordinater");
        long before = messages.count();

        for (String place : List.of("lat=NaN&long=NaN", "lat=Infinity&long=10", "lat=59.9&long=-Infinity",
                "lat=0x1p3&long=10", "lat=59.9&long=10d", "lat=5.99e1&long=10", "lat=91&long=10")) {
            ResponseEntity<String> refused = post("requests.json",
                    "api_key=" + key + "&service_code=gatelys&description=Lyset+er+borte&" + place);
            assertThat(refused.getStatusCode()).as(place).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(refused.getBody()).as(place).containsAnyOf("must be a decimal number", "must be between");
        }
        assertThat(messages.count()).isEqualTo(before);
    }

    @Test
    void anAppsListStaysWellFormedXmlWhateverATextHolds() throws Exception {
        String key = issueKey("Gammel tekst");
        ResponseEntity<String> created = post("requests.json",
                "api_key=" + key + "&service_code=gatelys&description=Lyset+er+borte");
        String caseNumber = JSON.readTree(created.getBody()).get(0).get("service_request_id").asText();
        caseNumbers.add(caseNumber);
        // A text stored before the intake refused control characters.
        jdbc.update("update message set text = ? where case_number = ?", "Lyset\u0007 er \uFFFEborte", caseNumber);

        Document xml = xml(rest.getForObject("/open311/v2/requests.xml?api_key=" + key, String.class));

        assertThat(xml.getElementsByTagName("description").item(0).getTextContent()).isEqualTo("Lyset\uFFFD er \uFFFDborte");
    }

    @Test
    void aRequestWithoutAPlaceIsAcceptedAsOnTheOtherChannels() throws Exception {
        String key = issueKey("Uten sted");
        ResponseEntity<String> created = post("requests.json",
                "api_key=" + key + "&service_code=parker-og-friomrader&description=Benken+er+knust");
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String caseNumber = JSON.readTree(created.getBody()).get(0).get("service_request_id").asText();
        caseNumbers.add(caseNumber);
        assertThat(messages.findByCaseNumber(caseNumber).orElseThrow().getText()).isEqualTo("Benken er knust");
    }

    private String issueKey(String app) throws Exception {
        ResponseEntity<String> issued = rest.withBasicAuth("admin", "demo").postForEntity("/api/open311/clients",
                json(Map.of("name", app)), String.class);
        assertThat(issued.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        apps.add(app);
        return JSON.readTree(issued.getBody()).get("api_key").asText();
    }

    private ResponseEntity<String> post(String path, String form) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        return rest.exchange("/open311/v2/" + path, HttpMethod.POST, new HttpEntity<>(form, headers), String.class);
    }

    private static Document xml(String text) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }
}
