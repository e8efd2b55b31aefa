package no.medvirk.intake;

import static no.medvirk.BrowserSession.arrived;
import static org.assertj.core.api.Assertions.assertThat;

import no.medvirk.BrowserSession;
import no.medvirk.MedvirkTest;
import no.medvirk.Tasklist;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A user council asks for a dialogue meeting from a phone (D10, issue 19); axe-core finds no WCAG 2.1
 * AA fault on the form, its error summary or the receipt; the request waits for the secretariat.
 */
@MedvirkTest
@Tag("browser")
class MeetingRequestBrowserTests {

    @RegisterExtension
    static final BrowserSession browser = new BrowserSession();

    @LocalServerPort
    int port;
    @Autowired
    SenderLimit limit;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void cleanUp() {
        runtimeService.createProcessInstanceQuery().processDefinitionKey("dialogue-meeting-request").list()
                .forEach(p -> runtimeService.deleteProcessInstance(p.getId(), "test over"));
        jdbc.update("delete from meeting_request");
    }

    @Test
    void aUserCouncilAsksForAMeetingFromAPhone() {
        limit.forgetAll();
        Tasklist tasklist = browser.at(port).phone(true);
        WebDriver page = tasklist.driver();

        page.get("http://localhost:" + port + "/dialogmote");
        assertThat(page.getTitle()).isEqualTo("Be om et dialogmøte med politikerne");
        assertThat(tasklist.accessibilityFaults()).isEmpty();
        tasklist.screenshot("19-meeting-request-phone");

        page.findElement(By.id("requestedBy")).sendKeys("Eldrerådet");
        page.findElement(By.cssSelector("button[type=submit]")).click();
        arrived(page, "Feil i skjemaet – Be om et dialogmøte med politikerne");
        assertThat(page.findElement(By.cssSelector(".error-summary")).getText()).contains(
                "Velg hva slags gruppe dere er.", "Skriv e-postadressen svaret skal gå til.",
                "Velg minst én tjeneste møtet gjelder.", "Skriv hva dere vil ta opp.");
        assertThat(page.findElement(By.id("requestedBy")).getAttribute("value")).isEqualTo("Eldrerådet");
        assertThat(tasklist.accessibilityFaults()).isEmpty();
        tasklist.screenshot("19-meeting-request-errors");

        page.findElement(By.cssSelector(".error-summary a[href='#topic']")).click();
        assertThat(page.switchTo().activeElement().getAttribute("id")).isEqualTo("topic");
        page.findElement(By.id("topic")).sendKeys("Transport til dagsenteret og ventetid på hjemmehjelp.");
        page.findElement(By.id("contactEmail")).sendKeys("eldreradet@example.no");
        page.findElement(By.xpath("//label[normalize-space(.)='Brukerråd eller samarbeidsutvalg']")).click();
        page.findElement(By.xpath("//label[normalize-space(.)='Hjemmetjenesten']")).click();
        page.findElement(By.xpath("//label[normalize-space(.)='Kultur, møteplasser og frivillighet']")).click();
        page.findElement(By.cssSelector("button[type=submit]")).click();

        arrived(page, "Forespørselen er sendt – Medvirk");
        assertThat(page.findElement(By.tagName("main")).getText()).contains("eldreradet@example.no",
                "enten når og hvor møtet holdes, eller hvorfor det ikke blir noe møte nå");
        assertThat(tasklist.accessibilityFaults()).isEmpty();
        tasklist.screenshot("19-meeting-request-receipt");
        assertThat(jdbc.queryForObject("select unit_codes from meeting_request", String.class))
                .isEqualTo("hjemmetjeneste,kultur");
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("dialogue-meeting-request").count())
                .isEqualTo(1);
    }
}
