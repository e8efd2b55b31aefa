package no.medvirk.dialogue;

import static no.medvirk.RestRequests.form;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import no.medvirk.EngineTables;
import no.medvirk.MedvirkTest;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The names in a meeting's minutes (who attended) and agenda (who proposed an item) are personal
 * data: they live in Medvirk's tables only. After a meeting whose minutes were sent back once,
 * worked over REST as Tasklist does it (and once with {@code complete}, which sets the values on the
 * process), no table of the engine holds them, and no submitted value stays on the process.
 */
@MedvirkTest
class PersonalDataInTheMinutesTests {

    private static final String ATTENDEE = "Åsmund Brukerrådsleder";
    private static final String OTHER_ATTENDEE = "Tordis Tillitsvalgt";
    private static final String PROPOSER = "Ingrid Idrettsrådsdottir";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    DialogueCases cases;
    @Autowired
    DialogueMeetings meetings;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void cleanUp() {
        cases.cleanUp();
    }

    @Test
    void noTableOfTheEngineHoldsTheNamesInAMeetingsMinutes() {
        long meetingId = cases.plannedMeeting();
        ProcessInstance instance = cases.startMeeting(meetingId);
        cases.run(cases.onlyJob(instance.getId()));
        submit("sekretar", instance, "Task_RegisterAgendaInput", "submit-form", Map.of("agendaItems",
                List.of(Map.of("text", "Parkering ved hallen", "proposedBy", PROPOSER))));
        cases.run(cases.onlyJob(instance.getId()));
        submit("politiker", instance, "Task_RecordMeeting", "submit-form", Map.of("meetingOutcome", "HELD"));

        submit("sekretar", instance, "Task_WriteMinutes", "submit-form", minutes(List.of(ATTENDEE)));
        submit("politiker", instance, "Task_ApproveMinutes", "submit-form", Map.of("minutesApprovedAnswer", "false",
                "returnComment", "Ta med tillitsvalgte."));
        // The minutes come back filled in, names too, on the task alone.
        assertThat(cases.shown(cases.task(instance.getId(), "Task_WriteMinutes")).get("attendees").toString())
                .contains(ATTENDEE);
        submit("sekretar", instance, "Task_WriteMinutes", "complete", minutes(List.of(ATTENDEE, OTHER_ATTENDEE)));
        assertThat(runtimeService.getVariables(instance.getId())).as("the process's variables")
                .doesNotContainKeys("attendees", "points", "inputs", "agreed", "nextMeeting", "agendaItems");
        submit("politiker", instance, "Task_ApproveMinutes", "submit-form", Map.of("minutesApprovedAnswer", "true"));

        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance.getId()).count()).isZero();
        assertThat(jdbc.queryForList("select name from meeting_attendee where meeting_id = ? order by id", String.class,
                meetingId)).containsExactly(ATTENDEE, OTHER_ATTENDEE);
        for (String name : List.of(ATTENDEE, OTHER_ATTENDEE, PROPOSER)) {
            assertThat(EngineTables.holding(jdbc, name)).as("engine tables holding '%s'", name).isEmpty();
        }
    }

    private static Map<String, Object> minutes(List<String> attendees) {
        return Map.of("attendance", DialogueCases.sixPresent(), "attendees", attendees.stream().map(name -> Map.of("name", name, "organisation", "Brukerrådet"))
                        .toList(),
                "points", "Brøyting av fortauene.", "inputs", List.of(Map.of("text", "Brøyt fortauene først", "unit", "vei")),
                "agreed", "Enheten ser på rekkefølgen.");
    }

    private void submit(String user, ProcessInstance instance, String key, String how, Map<String, ?> fields) {
        var response = rest.withBasicAuth(user, "demo").postForEntity("/engine-rest/task/"
                + cases.task(instance.getId(), key).getId() + "/" + how, form(fields), String.class);
        assertThat(response.getStatusCode().value()).as("%s completes %s: %s", user, key, response.getBody())
                .isEqualTo(204);
    }
}
