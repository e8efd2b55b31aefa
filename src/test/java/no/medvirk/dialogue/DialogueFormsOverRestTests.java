package no.medvirk.dialogue;

import static no.medvirk.RestRequests.form;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import no.medvirk.MedvirkTest;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * A dialogue meeting's forms completed over REST, as Tasklist sends them: what a form refuses is a
 * 400 with the form's Norwegian message, and a text too long for its column or with a NUL is such a
 * refusal too (it was a 500, with the start of the text in H2's error and the log).
 */
@MedvirkTest
@ExtendWith(OutputCaptureExtension.class)
class DialogueFormsOverRestTests {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    TestRestTemplate rest;
    @Autowired
    DialogueCases cases;
    @Autowired
    DialogueMeetings meetings;

    long meetingId;
    ProcessInstance instance;

    @BeforeEach
    void holdAMeeting() {
        meetingId = cases.plannedMeeting();
        instance = cases.startMeeting(meetingId);
        cases.run(cases.onlyJob(instance.getId()));
        cases.run(cases.onlyJob(instance.getId()));
    }

    @AfterEach
    void cleanUp() {
        cases.cleanUp();
    }

    @Test
    void aRefusedFieldIsTheFormsErrorWith400() throws Exception {
        ResponseEntity<String> response = submit("politiker", "Task_RecordMeeting", Map.of("meetingOutcome", "CANCELLED"));

        assertRefused(response, "Skriv hvorfor møtet ble avlyst.");
        assertThat(meetings.get(meetingId).getStatus()).isEqualTo(MeetingStatus.INVITED);
    }

    @Test
    void aTextLongerThanItsColumnOrWithANulIsRefusedWith400AndStaysOutOfTheLog(CapturedOutput output) throws Exception {
        assertThat(submit("politiker", "Task_RecordMeeting", Map.of("meetingOutcome", "HELD")).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        String tooLong = "Brøytekanten" + "x".repeat(4001);

        assertRefused(submit("sekretar", "Task_WriteMinutes", minutes("Åse Brukerrådsleder", tooLong)),
                "«Saker som ble tatt opp» kan være på høyst 4000 tegn.");
        assertRefused(submit("sekretar", "Task_WriteMinutes", minutes("Åse\u0000Brukerrådsleder", "Brøyting.")),
                "Til stede, rad 1: navnet inneholder tegn som ikke kan lagres (usynlige kontrolltegn eller tegn som "
                        + "ikke kunne leses). Fjern dem og prøv igjen.");
        assertRefused(submit("sekretar", "Task_WriteMinutes", Map.of("attendance", DialogueCases.sixPresent(),
                "attendees", List.of(
                Map.of("name", "Åse Brukerrådsleder", "organisation", "Brukerrådet " + "y".repeat(200))),
                "points", "Brøyting.")), "Til stede, rad 1: organisasjonen eller rollen kan være på høyst 200 tegn.");

        assertThat(output.getAll()).doesNotContain("Brøytekanten", "Brukerrådet yyy");
        assertThat(cases.task(instance.getId(), "Task_WriteMinutes")).isNotNull();
        assertThat(submit("sekretar", "Task_WriteMinutes", minutes("Åse Brukerrådsleder", "Brøyting.")).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
    }

    @Test
    void aVariableTheFormDoesNotHaveIsRefused() throws Exception {
        ResponseEntity<String> response = rest.withBasicAuth("politiker", "demo").postForEntity("/engine-rest/task/"
                + task("Task_RecordMeeting").getId() + "/complete", form(Map.of("meetingOutcome", "HELD",
                "meetingId", 1)), String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(JSON.readTree(response.getBody()).get("message").asText()).endsWith("feltet «meetingId».");
        assertThat(cases.task(instance.getId(), "Task_RecordMeeting")).isNotNull();
    }

    private static Map<String, Object> minutes(String attendee, String points) {
        return Map.of("attendance", DialogueCases.sixPresent(), "attendees", List.of(Map.of("name", attendee, "organisation", "Brukerrådet")), "points", points,
                "inputs", List.of(Map.of("text", "Brøyt fortauene først", "unit", "vei")));
    }

    private Task task(String key) {
        return cases.task(instance.getId(), key);
    }

    private ResponseEntity<String> submit(String user, String key, Map<String, ?> fields) {
        return rest.withBasicAuth(user, "demo").postForEntity("/engine-rest/task/" + task(key).getId() + "/submit-form",
                form(fields), String.class);
    }

    private static void assertRefused(ResponseEntity<String> response, String message) throws Exception {
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        // The form's message alone, without Camunda's "Cannot submit task form <id>: " (web.RefusalWording).
        assertThat(JSON.readTree(response.getBody()).get("message").asText()).isEqualTo(message);
    }
}
