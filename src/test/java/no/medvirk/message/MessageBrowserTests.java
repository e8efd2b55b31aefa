package no.medvirk.message;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.medvirk.BrowserSession;
import no.medvirk.MedvirkTest;
import no.medvirk.Tasklist;
import no.medvirk.message.MessageInput.SubmitterInput;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A caseworker's day in the real Tasklist: the service centre registers a message, the unit leader
 * hands it on, the caseworker calls, the service centre reads the reaction; the contact card path.
 */
@MedvirkTest
@Tag("browser")
class MessageBrowserTests {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    @RegisterExtension
    static final BrowserSession browserSession = new BrowserSession();

    @LocalServerPort
    int port;
    @Autowired
    MessageCases cases;
    @Autowired
    Messages messages;
    @Autowired
    HistoryService historyService;
    @Autowired
    TransactionTemplate transaction;

    private final List<String> caseNumbers = new ArrayList<>();

    @AfterEach
    void endCases() {
        cases.end(caseNumbers);
    }

    private Tasklist browser() {
        return browserSession.at(port);
    }

    @Test
    void aMessageGoesFromTheServiceCentreThroughTheUnitToTheCaseworkerAndBack() {
        String today = LocalDate.now(OSLO).format(DateTimeFormatter.ofPattern("dd.MM.yyyy"));
        Tasklist tasklist = browser().login("servicesenter");
        Tasklist.Form register = tasklist.startProcess("Melding fra innbygger");
        // Norwegian whatever the browser's language: month names, Monday first.
        assertThat(register.calendar("Mottatt dato")).contains("man\ntir\nons\ntor\nfre\nlør\nsøn")
                .doesNotContain("Sun", "Mon");
        register.choose("Kanal", "Telefon")
                .date("Mottatt dato", today)
                .pick("Type melding", "Klage")
                .choose("Emne", "Gatelys")
                .type("Navn", "Berit Innbygger")
                .type("Adresse", "Storgata 1, 3256 Larvik")
                .type("Telefon på dagtid", "912 34 567")
                .type("E-post", "berit@example.no");
        assertThat(tasklist.canStart()).isFalse();
        assertThat(register.visit("Meldingen").errors()).containsExactly("Fyll ut «Meldingen».");
        assertThat(tasklist.buttonHint()).isEqualTo("Fyll ut feltene merket med *, og rett feltene som har en feilmelding.");
        tasklist.screenshot("1-register-message-without-text");

        register.type("Meldingen", "Gatelyset i Storgata har vært mørkt i to uker.");
        tasklist.start();
        String caseNumber = startedBy("servicesenter");
        Message registered = messages.findByCaseNumber(caseNumber).orElseThrow();
        assertThat(registered.getText()).isEqualTo("Gatelyset i Storgata har vært mørkt i to uker.");
        assertThat(registered.getKind()).isEqualTo(Kind.COMPLAINT);
        assertThat(registered.getChannel()).isEqualTo(Channel.PHONE);
        cases.routed(caseNumber);

        tasklist.login("vegleder").filter("Enhetens oppgaver");
        Tasklist.Form assign = tasklist.task("Fordel melding", caseNumber);
        assertThat(assign.text()).contains("Fordel melding " + caseNumber);
        assertThat(assign.value("Type")).isEqualTo("Klage");
        assertThat(assign.value("Emne")).isEqualTo("Gatelys");
        assertThat(assign.value("Mottatt")).isEqualTo(today);
        assertThat(assign.value("Meldingen")).isEqualTo("Gatelyset i Storgata har vært mørkt i to uker.");
        tasklist.readmeImage("tasklist-filters");
        assign.choose("Saksbehandler", "Kari Nordmann");
        tasklist.complete();

        tasklist.login("ola");
        for (String filter : tasklist.filters()) {
            assertThat(tasklist.filter(filter).tasks()).as("ola's %s", filter).noneMatch(t -> t.contains(caseNumber));
        }

        tasklist.login("kari").filter("Mine oppgaver");
        for (int attempt = 1; attempt <= 2; attempt++) {
            Tasklist.Form call = tasklist.task("Ring innmelder", caseNumber);
            assertThat(call.text()).contains("Forsøk så langt: " + (attempt - 1) + " av 3");
            assertThat(call.value("Telefon")).isEqualTo("912 34 567");
            call.pick("Fikk du snakket med innmelderen?", "Nei");
            tasklist.complete();
        }
        Tasklist.Form call = tasklist.task("Ring innmelder", caseNumber);
        call.pick("Fikk du snakket med innmelderen?", "Ja")
                .type("Svaret: hva kommunen vil gjøre", "Lyset blir reparert innen fredag.")
                .pick("Hvordan tok innmelderen imot svaret?", "Ikke fornøyd");
        // Fullfør checks the fields that appeared with «Ikke fornøyd» and says at each what is missing.
        assertThat(tasklist.completeBlocked()).containsExactly("Fyll ut «Hvorfor er innmelderen ikke fornøyd?».",
                "Fyll ut «Innmelderens forslag til en annen løsning».");
        tasklist.screenshot("3-call-submitter-refused");
        call.type("Hvorfor er innmelderen ikke fornøyd?", "Det har tatt for lang tid.")
                .type("Innmelderens forslag til en annen løsning", "Sjekk gatelysene hver måned.");
        call.show("Fikk du snakket med innmelderen?");
        tasklist.readmeImage("task-call-submitter");
        tasklist.complete();

        tasklist.login("servicesenter").filter("Enhetens oppgaver");
        Tasklist.Form review = tasklist.task("Se tilbakemelding", caseNumber);
        assertThat(review.text()).contains("Tilbakemelding fra Vei, park og idrett – sak " + caseNumber);
        assertThat(review.value("Innmelderens reaksjon")).isEqualTo("Ikke fornøyd");
        assertThat(review.value("Antall oppringingsforsøk")).isEqualTo("3");
        tasklist.screenshot("4-review-follow-up");
        tasklist.complete();

        Message closed = transaction.execute(s -> {
            Message m = messages.findByCaseNumber(caseNumber).orElseThrow();
            m.getCallAttempts().size();
            return m;
        });
        assertThat(closed.getSatisfaction()).isEqualTo(Satisfaction.DISSATISFIED);
        assertThat(closed.getDissatisfactionReason()).isEqualTo("Det har tatt for lang tid.");
        assertThat(closed.getAlternativeProposal()).isEqualTo("Sjekk gatelysene hver måned.");
        assertThat(closed.getCaseworker()).isEqualTo("kari");
        assertThat(closed.getCallAttempts()).hasSize(3);
        assertThat(closed.getStatus()).isEqualTo(MessageStatus.CLOSED);
    }

    @Test
    void kariDownloadsTheContactCardWhenTheSubmitterCannotBeReached() throws IOException {
        String caseNumber = cases.assigned(new MessageInput("CARD", null, "Benken i parken er knust.", "COMPLAINT",
                "Parker og friområder", false, false,
                new SubmitterInput("Nils Nabo", "Parkveien 2, 3256 Larvik", "913 45 678", null)), "kari");
        caseNumbers.add(caseNumber);
        cases.completeTask(caseNumber, Map.of("reached", "false"));
        cases.completeTask(caseNumber, Map.of("reached", "false"));

        Tasklist tasklist = browser().login("kari").filter("Mine oppgaver");
        tasklist.task("Ring innmelder", caseNumber).pick("Fikk du snakket med innmelderen?", "Nei");
        tasklist.complete();
        Tasklist.Form callback = tasklist.task("Registrer oppringing fra innmelder", caseNumber);
        assertThat(callback.text()).contains("kontaktkortet ble laget");
        tasklist.screenshot("5-record-callback");
        Path card = tasklist.download("Last ned kontaktkortet (PDF)");

        assertThat(card.getFileName().toString()).isEqualTo("kontaktkort-" + caseNumber.replace('/', '-') + ".pdf");
        try (PDDocument document = Loader.loadPDF(card.toFile())) {
            assertThat(new PDFTextStripper().getText(document)).contains(caseNumber, "Nils Nabo");
        }
        assertThat(messages.findByCaseNumber(caseNumber).orElseThrow().getCardSentAt()).isNotNull();
    }

    private String startedBy(String user) {
        String caseNumber = historyService.createHistoricProcessInstanceQuery().processDefinitionKey("message-lifecycle")
                .startedBy(user).orderByProcessInstanceStartTime().desc().listPage(0, 1).get(0).getBusinessKey();
        caseNumbers.add(caseNumber);
        return caseNumber;
    }
}
