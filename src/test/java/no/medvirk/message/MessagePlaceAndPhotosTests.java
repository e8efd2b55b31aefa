package no.medvirk.message;

import static no.medvirk.RestRequests.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.medvirk.MedvirkTest;
import no.medvirk.forms.InvalidInputException;
import no.medvirk.message.MessageInput.PlaceInput;
import no.medvirk.message.MessageInput.SubmitterInput;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Where the problem is and its photos (issue 17): recorded through the API, shown on the tasks and the case
 * page, photos served only to those who may read the message, and photos added later checked like the card's.
 */
@MedvirkTest
class MessagePlaceAndPhotosTests {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    TestRestTemplate rest;
    @Autowired
    Messages messages;
    @Autowired
    Photos photos;
    @Autowired
    MessageRegistration registration;
    @Autowired
    MessageCases cases;
    @Autowired
    TaskService taskService;
    @Autowired
    FormService formService;
    @Autowired
    TransactionTemplate transaction;

    private final List<String> toEnd = new ArrayList<>();

    @AfterEach
    void endCases() {
        cases.end(toEnd);
    }

    @Test
    void theServiceCentreRecordsWhereAPhonedInProblemIsThroughTheApi() throws Exception {
        ResponseEntity<String> created = rest.withBasicAuth("servicesenter", "demo").postForEntity("/api/messages",
                json(Map.of("channel", "PHONE", "text", "Kumlokket klaprer.", "kind", "COMPLAINT",
                        "subjectArea", "Vei og trafikk", "political", false, "external", false,
                        "place", Map.of("text", "Storgata 12", "lat", 59.0601, "lon", 10.0402))), String.class);

        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode place = JSON.readTree(created.getBody()).get("place");
        assertThat(place.get("text").asText()).isEqualTo("Storgata 12");
        assertThat(place.get("lat").asDouble()).isEqualTo(59.0601);
        assertThat(place.get("area").asText()).isEqualTo("Sentrum");
        String caseNumber = JSON.readTree(created.getBody()).get("caseNumber").asText();
        toEnd.add(caseNumber);
        Message message = messages.get(caseNumber);
        assertThat(message.getPlace()).isEqualTo(new Place("Storgata 12", 59.0601, 10.0402));
        assertThat(message.getPlaceArea()).isEqualTo("Sentrum");
    }

    @Test
    void aPlaceThatIsNoPlaceOrALinkThatIsNoWebAddressIsRefusedByTheFieldAndNothingSaved() throws Exception {
        long before = messages.count();
        var servicesenter = rest.withBasicAuth("servicesenter", "demo");

        ResponseEntity<String> halfAPoint = servicesenter.postForEntity("/api/messages", json(Map.of(
                "channel", "PHONE", "text", "Hull i veien.", "kind", "COMPLAINT", "subjectArea", "Vei og trafikk",
                "place", Map.of("lat", 59.06), "mediaUrl", "javascript:alert(1)")), String.class);
        ResponseEntity<String> offTheEarth = servicesenter.postForEntity("/api/messages", json(Map.of(
                "channel", "PHONE", "text", "Hull i veien.", "kind", "COMPLAINT", "subjectArea", "Vei og trafikk",
                "place", Map.of("text", "x".repeat(301), "lat", 200, "lon", 10))), String.class);

        assertThat(halfAPoint.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        JsonNode errors = JSON.readTree(halfAPoint.getBody()).get("errors");
        assertThat(errors.fieldNames()).toIterable().containsExactlyInAnyOrder("place.lat", "mediaUrl");
        assertThat(errors.get("mediaUrl").asText()).contains("https://").doesNotContain("javascript");
        assertThat(JSON.readTree(offTheEarth.getBody()).get("errors").fieldNames()).toIterable()
                .containsExactlyInAnyOrder("place.text", "place.lat");
        assertThat(messages.count()).isEqualTo(before);
    }

    @Test
    void photosAreServedOnlyToThoseWhoMayReadTheMessageAndOnlyAsMedvirkReEncodedThem() {
        String caseNumber = registration.register(new MessageInput("PHONE", null, "Benken i parken er knust.",
                "COMPLAINT", "Vei og trafikk", false, false, null, new PlaceInput("Torget", 59.0533, 10.035), null))
                .getCaseNumber();
        toEnd.add(caseNumber);
        cases.addPhotos(caseNumber, List.of(new PhotoUpload("benk.jpg", TestPhotos.jpegWithGps(800, 600, 1))));
        cases.routed(caseNumber);
        String photo = "/api/messages/" + caseNumber + "/photos/1";

        ResponseEntity<byte[]> shown = rest.withBasicAuth("servicesenter", "demo").getForEntity(photo, byte[].class);
        assertThat(shown.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(shown.getHeaders().getContentType()).isEqualTo(MediaType.IMAGE_JPEG);
        assertThat(shown.getHeaders().getCacheControl()).contains("no-store");
        assertThat(TestPhotos.contains(shown.getBody(), "Exif")).isFalse();
        assertThat(TestPhotos.contains(shown.getBody(), TestPhotos.CAMERA)).isFalse();
        assertThat(rest.withBasicAuth("vegleder", "demo").getForEntity(photo + "/thumbnail", byte[].class)
                .getStatusCode()).as("the unit the message went to").isEqualTo(HttpStatus.OK);
        assertThat(rest.withBasicAuth("ola", "demo").getForEntity(photo, byte[].class).getStatusCode())
                .as("another unit").isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(rest.getForEntity(photo, byte[].class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(rest.withBasicAuth("servicesenter", "demo").getForEntity("/api/messages/" + caseNumber
                + "/photos/2", String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

        String page = rest.withBasicAuth("vegleder", "demo").getForEntity("/sak/" + caseNumber, String.class).getBody();
        assertThat(page).contains("<h2>Sted</h2>", "Torget", "59.05330, 10.03500", "Sentrum",
                "src=\"" + photo + "/thumbnail\"", "alt=\"Bilde 1 fra innbyggeren\"");
    }

    @Test
    void photosAddedLaterAreCheckedLikeTheCardsAndARefusedOneStoresNothing() {
        Message message = registration.receive(new MessageInput("WEB", null, "Lyset er ute.", null, null, null, null,
                null), photos.check(List.of(new PhotoUpload("1.jpg", TestPhotos.jpegWithGps(300, 200, 1)),
                new PhotoUpload("2.png", TestPhotos.png(300, 200))), 0), MessageRegistration.FirstStep.BY_THE_JOB_EXECUTOR);
        String caseNumber = message.getCaseNumber();
        toEnd.add(caseNumber);
        PhotoUpload good = new PhotoUpload("3.png", TestPhotos.png(200, 100));

        assertThatThrownBy(() -> cases.addPhotos(caseNumber, List.of(good, good)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .containsEntry(Photos.FIELD, "Meldingen har 2 bilder fra før, og kan ha høyst 3."));
        assertThatThrownBy(() -> cases.addPhotos(caseNumber, List.of(new PhotoUpload("bilde.jpg", TestPhotos.pdf()))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors().get(Photos.FIELD))
                        .startsWith("Bildet er ikke et bilde i JPEG- eller PNG-format").doesNotContain("bilde.jpg"));
        assertThat(photoCount(caseNumber)).isEqualTo(2);

        cases.addPhotos(caseNumber, List.of(good));

        assertThat(photoCount(caseNumber)).isEqualTo(3);
    }

    @Test
    void theRegistrationAndCallTasksShowThePlaceAndPhotosAndTheRegistrationCorrectsTheWordsOnly() {
        Message received = registration.receive(new MessageInput("WEB", null, "Benken er knust.", null, null, null,
                null, new SubmitterInput(null, null, "912 34 567", null), new PlaceInput("Torget", 59.0533, 10.035),
                null), photos.check(List.of(new PhotoUpload("benk.jpg", TestPhotos.jpegWithGps(300, 200, 1))), 0),
                MessageRegistration.FirstStep.BY_THE_JOB_EXECUTOR);
        String caseNumber = received.getCaseNumber();
        toEnd.add(caseNumber);

        Task register = cases.openTask(caseNumber);
        assertThat(register.getTaskDefinitionKey()).isEqualTo("Task_RegisterMessage");
        Map<String, Object> shown = formService.getTaskFormVariables(register.getId());
        assertThat(shown).containsEntry("placeText", "Torget");
        assertThat((String) shown.get("placeDetails")).contains("59.05330, 10.03500 (Sentrum)",
                "](/api/messages/" + caseNumber + "/photos/1/thumbnail)](/api/messages/" + caseNumber + "/photos/1)");

        Map<String, Object> form = new HashMap<>(Map.of("channel", "WEB", "text", "Benken er knust.",
                "kind", "COMPLAINT", "subjectArea", "Vei og trafikk", "political", false, "external", false,
                "submitterName", "", "submitterPhone", "912 34 567", "submitterAddress", ""));
        form.put("submitterEmail", "");
        form.put("placeText", "Torget, ved fontenen");
        taskService.complete(register.getId(), form);

        Message registered = messages.get(caseNumber);
        assertThat(registered.getPlace()).isEqualTo(new Place("Torget, ved fontenen", 59.0533, 10.035));
        assertThat(registered.getPlaceArea()).isEqualTo("Sentrum");
        cases.routed(caseNumber);
        cases.completeTask(caseNumber, Map.of("caseworker", "kari"));
        Task call = cases.openTask(caseNumber);
        assertThat(call.getName()).isEqualTo("Ring innmelder");
        assertThat(formService.getTaskFormVariables(call.getId())).containsEntry("placeText", "Torget, ved fontenen")
                .hasEntrySatisfying("placeDetails", details -> assertThat((String) details).contains("**Bilder (1):**"));
    }

    private int photoCount(String caseNumber) {
        return transaction.execute(status -> messages.get(caseNumber).getPhotos().size());
    }
}
