package no.medvirk.message;

import static no.medvirk.RestRequests.form;
import static no.medvirk.RestRequests.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import no.medvirk.EngineTables;
import no.medvirk.MedvirkTest;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The citizen's words and details live in Medvirk's tables only: after a whole case, worked through
 * the REST API as Tasklist does it, no table of the engine (runtime, history, byte arrays) holds any of them.
 */
@MedvirkTest
class PersonalDataInTheEngineTests {

    private static final String NAME = "Gudrun Ørnelundsen";
    private static final String PHONE = "912 34 567";
    private static final String ADDRESS = "Blåbærstien 17";
    private static final String EMAIL = "gudrun.ornelundsen@example.no";
    private static final String TEXT = "Kummelokket ved Tyttebærveien klaprer hver gang bussen kjører over.";
    private static final String ANSWER = "Vi sveiser lokket fast innen fredag.";
    private static final String REASON = "Lokket har klapret i over et år uten at noe skjedde.";
    private static final String PROPOSAL = "Bytt alle lokkene i Tyttebærveien samtidig.";
    private static final String PLACE = "Tyttebærveien 3, ved bussholdeplassen";
    private static final String POINT = "59.05412";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    MessageCases cases;
    @Autowired
    TaskService taskService;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void noTableOfTheEngineHoldsTheCitizensWordsAfterAWholeCase() {
        var registered = rest.withBasicAuth("servicesenter", "demo").postForEntity("/api/messages", json(Map.of(
                "channel", "PHONE", "text", TEXT, "kind", "COMPLAINT", "subjectArea", "Vei og trafikk",
                "political", false, "external", false,
                "submitter", Map.of("name", NAME, "phone", PHONE, "address", ADDRESS, "email", EMAIL),
                "place", Map.of("text", PLACE, "lat", Double.valueOf(POINT), "lon", 10.03121))), Map.class);
        assertThat(registered.getStatusCode().value()).isEqualTo(201);
        String caseNumber = (String) registered.getBody().get("caseNumber");
        cases.routed(caseNumber);

        submit("vegleder", openTask(caseNumber), Map.of("caseworker", "kari"));
        submit("kari", openTask(caseNumber), Map.of("reached", "true", "answer", ANSWER,
                "satisfaction", "DISSATISFIED", "dissatisfactionReason", REASON, "alternativeProposal", PROPOSAL));
        assertThat(openTask(caseNumber)).as("the service centre's follow-up").isNotNull();
        // The open task shows the record's words as its own variables, gone with it; the process keeps none.
        assertThat(jdbc.queryForObject("select count(*) from ACT_RU_VARIABLE where TASK_ID_ is null and TEXT_ like ?",
                Long.class, "%" + REASON + "%")).as("process variables while the case is open").isZero();
        for (Task task; (task = openTask(caseNumber)) != null; ) {
            submit("servicesenter", task, Map.of());
        }
        assertThat(jdbc.queryForObject("select status from message where case_number = ?", String.class, caseNumber))
                .isEqualTo("CLOSED");

        for (String words : List.of(NAME, PHONE, ADDRESS, EMAIL, TEXT, ANSWER, REASON, PROPOSAL, PLACE, POINT)) {
            assertThat(EngineTables.holding(jdbc, words)).as("engine tables holding '%s'", words).isEmpty();
        }
    }

    private Task openTask(String caseNumber) {
        return taskService.createTaskQuery().processInstanceBusinessKey(caseNumber).singleResult();
    }

    /** As Tasklist sends a completed Camunda Form. */
    private void submit(String user, Task task, Map<String, String> values) {
        var response = rest.withBasicAuth(user, "demo").postForEntity("/engine-rest/task/" + task.getId()
                + "/submit-form", form(values), String.class);
        assertThat(response.getStatusCode().value()).as("%s completes %s: %s", user, task.getName(),
                response.getBody()).isEqualTo(204);
    }
}
