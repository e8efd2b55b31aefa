package no.medvirk.message;

import static no.medvirk.RestRequests.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import no.medvirk.MedvirkTest;
import no.medvirk.WebappSession;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** M7: the card to an unreachable submitter, as the caseworker downloads it from the form. */
@MedvirkTest
class ContactCardTests {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    MessageCases cases;

    String caseNumber;

    @BeforeEach
    void threeCallsWithoutAnswer() throws Exception {
        var registered = rest.withBasicAuth("servicesenter", "demo")
                .postForEntity("/api/messages", json(MessageApiTests.message()), Map.class);
        caseNumber = (String) registered.getBody().get("caseNumber");
        cases.routed(caseNumber);
        cases.completeTask(caseNumber, Map.of("caseworker", "kari"));
        for (int call = 0; call < 3; call++) {
            cases.completeTask(caseNumber, Map.of("reached", "false"));
        }
    }

    @Test
    void shouldPrintTheCardWithCaseNumberAndTheCaseworkersNameAndNumber() throws Exception {
        ResponseEntity<byte[]> card = rest.withBasicAuth("kari", "demo")
                .getForEntity("/api/messages/" + caseNumber + "/contact-card.pdf", byte[].class);

        assertThat(card.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(card.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
        try (PDDocument pdf = Loader.loadPDF(card.getBody())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("Vi har prøvd å ringe deg", "sak " + caseNumber, "Kari Nordmann",
                    "33 00 01 01", "Vei, park og idrett", "Nina Nilsen", "Storgata 1", "Medvirk kommune");
        }
    }

    @Test
    void shouldOpenFromTheTaskFormWithTheTasklistSession() {
        var response = WebappSession.login(rest, "kari", "demo")
                .get("/api/messages/" + caseNumber + "/contact-card.pdf");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void shouldKeepTheCardFromOtherUnits() {
        assertThat(rest.withBasicAuth("ola", "demo")
                .getForEntity("/api/messages/" + caseNumber + "/contact-card.pdf", byte[].class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(rest.getForEntity("/api/messages/" + caseNumber + "/contact-card.pdf", byte[].class)
                .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }
}
