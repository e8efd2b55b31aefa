package no.medvirk.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import no.medvirk.DeliveredMails;
import no.medvirk.MedvirkTest;
import no.medvirk.RestRequests;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * D10 from outside (issue 19): /dialogmote, as a user council's browser uses it (session, CSRF token,
 * form posts), starting the request for the secretariat and ending in an answer by e-mail.
 */
@MedvirkTest
class MeetingRequestFormTests {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    SenderLimit limit;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    FormService formService;
    @Autowired
    HistoryService historyService;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DeliveredMails delivered;

    private PublicPages pages;

    @BeforeEach
    void freshSender() {
        limit.forgetAll();
        pages = new PublicPages(rest);
    }

    @AfterEach
    void cleanUp() {
        runtimeService.createProcessInstanceQuery().processDefinitionKey("dialogue-meeting-request").list()
                .forEach(p -> runtimeService.deleteProcessInstance(p.getId(), "test over"));
        jdbc.update("delete from meeting_request");
    }

    @Test
    void theFormAsksWhoTheyAreTheirAddressTheUnitsAndTheTopic() {
        String page = open();
        assertThat(page).contains("Be om et dialogmøte med politikerne", "name=\"requestedBy\"",
                "value=\"USER_COUNCIL\"", "Organisasjon eller forening", "Gruppe av innbyggere",
                "type=\"checkbox\" name=\"unitCodes\" value=\"vei\"", "Hjemmetjenesten", "name=\"contactEmail\"",
                "name=\"topic\"", "Den slettes når forespørselen er ferdig behandlet");
    }

    @Test
    void aRequestIsStoredStartsTheSecretariatsTaskAndIsAnsweredWhenDeclined() throws Exception {
        open();
        ResponseEntity<String> sent = post(form("Eldrerådet", "USER_COUNCIL", "eldreradet@example.no",
                List.of("hjemmetjeneste", "kultur"), "Transport til dagsenteret"));

        assertThat(sent.getStatusCode()).isEqualTo(HttpStatus.FOUND);
        assertThat(sent.getHeaders().getLocation().getPath()).isEqualTo("/dialogmote/kvittering");
        String receipt = get("/dialogmote/kvittering").getBody();
        Map<String, Object> stored = jdbc.queryForMap("select * from meeting_request");
        assertThat(receipt).contains("Takk, forespørselen er sendt", "eldreradet@example.no",
                "class=\"case-number\">" + stored.get("id") + "<");
        assertThat(stored).containsEntry("requested_by", "Eldrerådet").containsEntry("requester_kind", "USER_COUNCIL")
                .containsEntry("unit_codes", "hjemmetjeneste,kultur").containsEntry("status", "REQUESTED")
                .containsEntry("topic", "Transport til dagsenteret").containsEntry("wished_period", "september");
        ProcessInstance request = runtimeService.createProcessInstanceQuery()
                .processDefinitionKey("dialogue-meeting-request").singleResult();
        assertThat(request.getBusinessKey()).isEqualTo("Forespørsel " + stored.get("id"));
        Task consider = taskService.createTaskQuery().processInstanceId(request.getId()).singleResult();
        assertThat(consider.getTaskDefinitionKey()).isEqualTo("Task_ConsiderRequest");
        assertThat(formService.getTaskFormVariables(consider.getId()).get("requestMarkdown").toString().replace("\\", ""))
                .contains("Eldrerådet (brukerråd eller samarbeidsutvalg)", "Hjemmetjenesten, Kultur, møteplasser og frivillighet");
        // The requester's address is Medvirk's alone: not in the engine, not in its history.
        assertThat(historyService.createHistoricDetailQuery().processInstanceId(request.getId()).list())
                .noneSatisfy(d -> assertThat(d.toString()).contains("eldreradet@example.no"));
        assertThat(runtimeService.getVariables(request.getId())).containsOnlyKeys("requestId");

        taskService.complete(consider.getId(), Map.of("requestAcceptedAnswer", "false",
                "declineReason", "Temaet tas opp i møtet med hjemmetjenesten i mai."));

        assertThat(delivered.awaitBody("eldreradet@example.no", "Svar på forespørselen om dialogmøte",
                "Temaet tas opp i møtet med hjemmetjenesten i mai."))
                .contains("Til Eldrerådet", "Transport til dagsenteret", "Temaet tas opp i møtet med hjemmetjenesten i mai.");
        Map<String, Object> answered = jdbc.queryForMap("select * from meeting_request");
        assertThat(answered).containsEntry("status", "DECLINED").containsEntry("contact_email", null);
        assertThat(answered.get("contact_erased_at")).isNotNull();
    }

    @Test
    void badInputIsRefusedByTheFieldsKeepingWhatWasTypedAndStoresNothing() {
        open();
        ResponseEntity<String> refused = post(form("", "", "ikke-en-adresse", List.of("finnes-ikke"), "Temaet"));

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody()).contains("Det er feil i skjemaet", "Skriv hvem dere er.",
                "Velg hva slags gruppe dere er.", "Skriv en e-postadresse som navn@eksempel.no.",
                "Velg tjenestene fra listen.", "value=\"ikke-en-adresse\"", "Temaet");
        assertThat(jdbc.queryForObject("select count(*) from meeting_request", Long.class)).isZero();
        assertThat(post(form("Eldrerådet", "USER_COUNCIL", "eldreradet@example.no", List.of(), "Temaet")).getBody())
                .contains("Velg minst én tjeneste møtet gjelder.");
    }

    @Test
    void scriptsAndRequestsWithoutTheFormsTokenAreRefused() {
        open();
        MultiValueMap<String, String> filled = form("Roboten", "ORGANISATION", "bot@example.no", List.of("vei"), "Kjøp");
        filled.add("website", "http://spam.example");
        assertThat(post(filled).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);

        pages.forgeCsrf();
        assertThat(post(form("Eldrerådet", "USER_COUNCIL", "e@example.no", List.of("vei"), "Tema")).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(jdbc.queryForObject("select count(*) from meeting_request", Long.class)).isZero();
    }

    @Test
    void staffOutsideTheSecretariatCannotStartARequestOverRest() {
        ResponseEntity<String> started = rest.withBasicAuth("kari", "demo").postForEntity(
                "/engine-rest/process-definition/key/dialogue-meeting-request/start",
                RestRequests.json(Map.of("variables", Map.of())), String.class);

        assertThat(started.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("dialogue-meeting-request").count())
                .isZero();
    }

    private static MultiValueMap<String, String> form(String who, String kind, String email, List<String> units,
                                                      String topic) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("requestedBy", who);
        form.add("requesterKind", kind);
        form.add("contactEmail", email);
        units.forEach(u -> form.add("unitCodes", u));
        form.add("topic", topic);
        form.add("wishedPeriod", "september");
        return form;
    }

    private String open() {
        return pages.open("/dialogmote");
    }

    private ResponseEntity<String> get(String path) {
        return pages.get(path);
    }

    private ResponseEntity<String> post(MultiValueMap<String, String> form) {
        return pages.post("/dialogmote", form);
    }
}
