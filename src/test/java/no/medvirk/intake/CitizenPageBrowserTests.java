package no.medvirk.intake;

import static no.medvirk.BrowserSession.arrived;
import static no.medvirk.BrowserSession.pressForTheNextPage;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import no.medvirk.BrowserSession;
import no.medvirk.MedvirkTest;
import no.medvirk.Tasklist;
import no.medvirk.message.AnsweredBy;
import no.medvirk.message.CitizenLinks;
import no.medvirk.message.MessageCases;
import no.medvirk.message.MessageInput;
import no.medvirk.message.Messages;
import no.medvirk.message.TestPhotos;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A citizen follows the receipt's link on a phone, adds to the message (a text, then a photo) and withdraws it; another answers the
 * survey of a closed case "Nei", which gives the unit's leaders "Vurder ny oppfølging". axe-core finds no WCAG
 * 2.1 AA fault on the status page, its error summary, the survey and its thanks.
 */
@MedvirkTest
@Tag("browser")
class CitizenPageBrowserTests {

    @RegisterExtension
    static final BrowserSession browser = new BrowserSession();

    @LocalServerPort
    int port;
    @Autowired
    SenderLimit limit;
    @Autowired
    MessageCases cases;
    @Autowired
    Messages messages;
    @Autowired
    CitizenLinks links;
    @Autowired
    TaskService taskService;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aCitizenFollowsTheReceiptsLinkAddsToTheMessageAndAPhotoAndWithdrawsIt() throws Exception {
        limit.forgetAll();
        Tasklist tasklist = browser.at(port).phone(true);
        WebDriver page = tasklist.driver();
        page.get("http://localhost:" + port + "/melding");
        page.findElement(By.id("text")).sendKeys("Benken ved lekeplassen er knust.");
        page.findElement(By.id("email")).sendKeys("berit@example.no");
        page.findElement(By.cssSelector("button[type=submit]")).click();
        arrived(page, "Meldingen er sendt – Medvirk");
        String caseNumber = page.findElement(By.cssSelector(".case-number")).getText();

        page.get(page.findElement(By.cssSelector(".status-link a")).getAttribute("href")
                .replace("http://localhost:8080", "http://localhost:" + port));
        arrived(page, "Sak " + caseNumber + " – Medvirk");
        assertThat(page.findElement(By.cssSelector(".status")).getText())
                .isEqualTo("Mottatt. Servicesenteret registrerer meldingen i løpet av arbeidsdagen.");
        assertThat(tasklist.accessibilityFaults()).isEmpty();
        tasklist.screenshot("17-citizen-status-page");

        page.findElement(By.xpath("//button[normalize-space(.)='Legg til']")).click();
        arrived(page, "Feil i skjemaet – Sak " + caseNumber + " – Medvirk");
        assertThat(page.findElement(By.cssSelector(".error-summary")).getText()).contains("Skriv hva du vil legge til.");
        assertThat(tasklist.accessibilityFaults()).isEmpty();
        page.findElement(By.id("text")).sendKeys("Det stikker ut en spiker.");
        page.findElement(By.xpath("//button[normalize-space(.)='Legg til']")).click();
        arrived(page, "Sak " + caseNumber + " – Medvirk");
        assertThat(page.findElement(By.cssSelector(".done")).getText()).contains("Opplysningene er lagt til saken");
        assertThat(page.findElement(By.cssSelector(".timeline")).getText()).contains("Du la til opplysninger");

        // A photo alone, as a phone sends it.
        Path photo = Files.createTempFile("spiker", ".jpg");
        Files.write(photo, TestPhotos.jpegWithGps(1200, 900, 1));
        page.findElement(By.id("photos")).sendKeys(photo.toString());
        assertThat(tasklist.accessibilityFaults()).isEmpty();
        tasklist.screenshot("17-citizen-status-photo");
        pressForTheNextPage(page, By.xpath("//button[normalize-space(.)='Legg til']"));
        arrived(page, "Sak " + caseNumber + " – Medvirk");
        Files.delete(photo);
        assertThat(page.findElement(By.cssSelector(".done")).getText()).contains("Opplysningene er lagt til saken");
        assertThat(jdbc.queryForObject("select count(*) from message_photo where message_id = ?", Long.class,
                messages.get(caseNumber).getId())).isOne();
        assertThat(tasklist.accessibilityFaults()).isEmpty();

        page.findElement(By.id("confirm")).click();
        pressForTheNextPage(page, By.xpath("//button[normalize-space(.)='Trekk meldingen']"));
        arrived(page, "Sak " + caseNumber + " – Medvirk");
        assertThat(page.findElement(By.cssSelector(".status")).getText()).isEqualTo("Trukket av deg. Saken er avsluttet.");
        assertThat(tasklist.accessibilityFaults()).isEmpty();
        tasklist.screenshot("17-citizen-status-withdrawn");
        assertThat(messages.get(caseNumber).getAnsweredBy()).isEqualTo(AnsweredBy.WITHDRAWN);
    }

    @Test
    void aCitizenSaysNoInTheSurveyAndTheUnitsLeadersAreAskedToFollowItUpAgain() {
        limit.forgetAll();
        String caseNumber = cases.assigned(new MessageInput("CARD", null, "Hullet i veien ved skolen er stort.",
                "COMPLAINT", "Vei og trafikk", false, false,
                new MessageInput.SubmitterInput("Nina Nilsen", null, "91234567", null)), "kari");
        cases.completeTask(caseNumber, Map.of("reached", "true", "answer", "Hullet fylles i uke 49.",
                "satisfaction", "SATISFIED"));
        cases.completeTask(caseNumber, Map.of());
        Tasklist tasklist = browser.at(port).phone(true);
        WebDriver page = tasklist.driver();

        page.get(links.surveyUrl(caseNumber).orElseThrow().replace("http://localhost:8080", "http://localhost:" + port));
        arrived(page, "Hva synes du? Sak " + caseNumber + " – Medvirk");
        assertThat(tasklist.accessibilityFaults()).isEmpty();
        tasklist.screenshot("17-citizen-survey");
        page.findElement(By.xpath("//label[normalize-space(.)='Nei']")).click();
        page.findElement(By.id("comment")).sendKeys("Hullet er der fortsatt.");
        pressForTheNextPage(page, By.cssSelector("button[type=submit]"));
        arrived(page, "Hva synes du? Sak " + caseNumber + " – Medvirk");
        assertThat(page.findElement(By.cssSelector(".done")).getText()).contains("Takk for svaret ditt!");
        assertThat(page.findElements(By.name("satisfied"))).isEmpty();
        assertThat(tasklist.accessibilityFaults()).isEmpty();

        assertThat(taskService.createTaskQuery().taskCandidateGroup("unit-vei-leaders")
                .processInstanceBusinessKey(caseNumber).taskName("Vurder ny oppfølging").count()).isEqualTo(1);
        cases.end(List.of(caseNumber));
    }
}
