package no.medvirk.dialogue;

import static no.medvirk.dialogue.DialogueCases.input;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import no.medvirk.MedvirkTest;
import no.medvirk.Tasklist;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A small dialogue year in the real Tasklist: the secretary plans it with the form's dynamic lists,
 * the group leader records the meeting and approves the coordinator's minutes, the secretary downloads
 * the summary report. The timers between them are run by hand (the tests have no job executor).
 */
@MedvirkTest
@Tag("browser")
class DialogueBrowserTests {

    private static final DateTimeFormatter NORWEGIAN = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static Tasklist browser;

    @LocalServerPort
    int port;
    @Autowired
    DialogueCases cases;
    @Autowired
    HistoryService historyService;
    @Autowired
    JdbcTemplate jdbc;

    @RegisterExtension
    final TestWatcher screenshotOnFailure = Tasklist.screenshotOnFailure(() -> browser);

    @AfterEach
    void cleanUp() {
        cases.cleanUp();
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    @Test
    void sekretarPlansTheYearPolitikerApprovesTheMinutesAndSekretarDownloadsTheSummary() throws IOException {
        ClockUtil.reset();
        int year = LocalDate.now(DialogueCases.OSLO).getYear() + 1;
        browser = Tasklist.open(port);
        Tasklist tasklist = browser.login("sekretar");

        tasklist.startProcess("Dialogmøter for året").type("År", String.valueOf(year));
        tasklist.start();
        String cycle = historyService.createHistoricProcessInstanceQuery().processDefinitionKey(DialogueVariables.CYCLE)
                .startedBy("sekretar").unfinished().singleResult().getId();

        tasklist.filter("Enhetens oppgaver");
        Tasklist.Form plan = tasklist.task("Planlegg dialogmøtene", "Dialogmøter for året");
        assertThat(plan.text()).contains("Dialogmøter " + year + " – Tjenesteutvalget");
        plan.rows("Dialoggrupper", 1).get(0)
                .type("Gruppens navn", "Gruppe 1")
                .choose("Leder (politiker)", "Per Politiker (Tjenesteutvalget)")
                .tick("Andre politikere", "Rita Representant (Tjenesteutvalget)")
                .tick("Andre politikere", "Bjørn Bakke (Tjenesteutvalget)")
                .choose("Koordinator fra administrasjonen", "Sigrid Sekretær");
        List<Tasklist.Form> meetings = plan.rows("Møter", 2);
        meetings.get(0)
                .choose("Enhet", "Vei, park og idrett")
                .type("Dialoggruppe", "Gruppe 1")
                .date("Dato", LocalDate.of(year, 5, 10).format(NORWEGIAN))
                .type("Sted", "Idrettshallen")
                .type("Temaer og spørsmål", "Vedlikehold av idrettsanleggene");
        meetings.get(1)
                .choose("Enhet", "Hjemmetjenesten")
                .type("Annen gruppe", "Pensjonistforeningen")
                .type("Kontaktpersonenes e-postadresser", "leder@pensjonistforeningen.example")
                .type("Dialoggruppe", "Gruppe 1")
                .date("Dato", LocalDate.of(year, 5, 11).format(NORWEGIAN))
                .type("Sted", "Rådhuset, møterom 2")
                .type("Temaer og spørsmål", "Ventetid på hjemmehjelp");
        plan.show("Dialoggrupper");
        tasklist.readmeImage("dialogue-plan");
        tasklist.complete();

        Tasklist.Form approval = tasklist.task("Registrer utvalgets behandling av planen", "Dialogmøter for året");
        assertThat(approval.text()).contains("Gruppe 1", "Per Politiker", "Rita Representant, Bjørn Bakke",
                "Sigrid Sekretær", "Idrettshallen", "Pensjonistforeningen og Hjemmetjenesten", "mandag 10. mai " + year + " kl. 18:00–20:00");
        approval.date("Utvalgets møtedato", LocalDate.now(DialogueCases.OSLO).format(NORWEGIAN))
                .pick("Vedtok utvalget planen?", "Ja")
                .type("Arkivsak", year % 100 + "/17");
        tasklist.screenshot("6-plan-approval");
        tasklist.complete();

        List<ProcessInstance> held = cases.meetingsOf(cycle);
        assertThat(held).hasSize(2);
        // The invitation three weeks ahead, then the end of the agenda input a week ahead.
        cases.run(cases.onlyJob(held.get(0).getId()));
        cases.run(cases.onlyJob(held.get(0).getId()));
        cases.holdWithMinutes(held.get(1).getId(), List.of(input("Flere faste hjemmehjelpere", "hjemmetjeneste")));

        tasklist.login("politiker").filter("Mine oppgaver");
        tasklist.task("Registrer møtet", "Vei, park og idrett").pick("Hva skjedde med møtet?", "Holdt");
        tasklist.complete();

        tasklist.login("sekretar").filter("Mine oppgaver");
        Tasklist.Form minutes = tasklist.task("Skriv referat", "Vei, park og idrett");
        // The group, its coordinator, the unit's leader and the chief executive: one row each, as invited.
        minutes.pick("Møtte", 0, "Til stede")
                .pick("Møtte", 1, "Vara møtte").type("Varaens navn", 1, "Vera Vara")
                .pick("Møtte", 2, "Ikke til stede");
        for (int row = 3; row < 6; row++) {
            minutes.pick("Møtte", row, "Til stede");
        }
        List<Tasklist.Form> attendees = minutes.rows("Andre til stede (brukere, ansatte, organisasjoner)", 2);
        attendees.get(0).type("Navn", "Åse Idrettsrådsleder").type("Organisasjon eller rolle", "Idrettsrådet");
        attendees.get(1).type("Navn", "Tor Tillitsvalgt").type("Organisasjon eller rolle", "Fagforbundet");
        minutes.type("Saker som ble tatt opp", "Vedlikehold av idrettshallen og lysløypa.");
        minutes.rows("Innspill", 1).get(0)
                .type("Innspill", "Lysløypa bør lyse til kl. 22")
                .choose("Ansvarlig enhet", "Vei, park og idrett");
        minutes.type("Hva ble avtalt", "Enheten ser på tidsbryteren i lysløypa.");
        minutes.show("Oppmøte");
        tasklist.readmeImage("dialogue-minutes");
        assertThat(tasklist.accessibilityFaults()).as("the minutes' form with its attendance").isEmpty();
        tasklist.complete();

        tasklist.login("politiker").filter("Mine oppgaver");
        Tasklist.Form approve = tasklist.task("Godkjenn referat", "Vei, park og idrett");
        assertThat(approve.text()).contains("Per Politiker, Gruppens leder: Til stede",
                "Vera Vara, vara for Rita Representant", "Bjørn Bakke, Politiker i gruppen: Ikke til stede",
                "Kristin Direktør, Kommunedirektøren: Til stede", "Åse Idrettsrådsleder", "Lysløypa bør lyse til kl. 22",
                "Enheten ser på tidsbryteren i lysløypa.");
        approve.pick("Godkjenner du referatet?", "Ja");
        tasklist.screenshot("6-approve-minutes");
        tasklist.complete();

        tasklist.login("sekretar").filter("Enhetens oppgaver");
        Tasklist.Form presentation = tasklist.task("Skriv saksframlegg", "Dialogmøter for året");
        tasklist.screenshot("6-case-presentation");
        Path summary = tasklist.download("Last ned oppsummeringen (Word)");

        assertThat(summary.getFileName().toString()).endsWith(".docx");
        Path attendanceCsv = tasklist.download("Last ned oppmøtet for møtegodtgjørelse (CSV)");
        assertThat(Files.readString(attendanceCsv)).contains(
                "Vei, park og idrett;10.05." + year + ";Vera Vara;Politiker i gruppen;Tjenesteutvalget;Vara;Rita Representant",
                "Vei, park og idrett;10.05." + year + ";Bjørn Bakke;Politiker i gruppen;Tjenesteutvalget;Ikke til stede;",
                "Pensjonistforeningen og Hjemmetjenesten;11.05." + year + ";Per Politiker;Gruppens leder");
        try (InputStream in = Files.newInputStream(summary); XWPFDocument document = new XWPFDocument(in);
             XWPFWordExtractor text = new XWPFWordExtractor(document)) {
            assertThat(text.getText()).contains("Vei, park og idrett", "Hjemmetjenesten",
                    "Lysløypa bør lyse til kl. 22", "Flere faste hjemmehjelpere");
        }
        assertThat(presentation.value("Arkivsak")).isEqualTo(year % 100 + "/17");
        assertThat(jdbc.queryForObject("select count(*) from dialogue_meeting where minutes_status = 'APPROVED'",
                Integer.class)).isEqualTo(2);
    }
}
