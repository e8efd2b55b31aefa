package no.medvirk.intake;

import static no.medvirk.BrowserSession.arrived;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import no.medvirk.BrowserSession;
import no.medvirk.MedvirkTest;
import no.medvirk.Tasklist;
import no.medvirk.message.Channel;
import no.medvirk.message.Message;
import no.medvirk.message.MessageCases;
import no.medvirk.message.Messages;
import no.medvirk.message.TestPhotos;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A citizen sends a message from a phone; axe-core finds no WCAG 2.1 AA fault on the card, its error
 * summary or the receipt; the message waits in the service centre's Tasklist the same day.
 */
@MedvirkTest
@Tag("browser")
class MessageCardBrowserTests {

    @RegisterExtension
    static final BrowserSession browser = new BrowserSession();

    @LocalServerPort
    int port;
    @Autowired
    Messages messages;
    @Autowired
    MessageCases cases;
    @Autowired
    SenderLimit limit;

    @Test
    void aCitizenSendsAMessageFromAPhoneAndTheServiceCentreHasItTheSameDay() {
        limit.forgetAll();
        Tasklist tasklist = browser.at(port).phone(true);
        WebDriver page = tasklist.driver();

        page.get("http://localhost:" + port + "/melding");
        assertThat(page.getTitle()).isEqualTo("Send en melding til kommunen");
        assertThat(tasklist.accessibilityFaults()).isEmpty();
        tasklist.readmeImage("message-card-phone");

        page.findElement(By.id("name")).sendKeys("Nina Nabo");
        page.findElement(By.id("phone")).sendKeys("12");
        page.findElement(By.cssSelector("button[type=submit]")).click();
        arrived(page, "Feil i skjemaet – Send en melding til kommunen");
        assertThat(page.findElement(By.cssSelector(".error-summary")).getText())
                .contains("Skriv hva meldingen gjelder.", "Telefonnummeret må ha 8 siffer");
        assertThat(page.findElement(By.id("name")).getAttribute("value")).isEqualTo("Nina Nabo");
        assertThat(tasklist.accessibilityFaults()).isEmpty();
        tasklist.readmeImage("message-card-errors");

        page.findElement(By.cssSelector(".error-summary a[href='#text']")).click();
        assertThat(page.switchTo().activeElement().getAttribute("id")).isEqualTo("text");
        page.findElement(By.id("text")).sendKeys("Søppeldunkene ved badeplassen er fulle.");
        page.findElement(By.id("phone")).clear();
        page.findElement(By.id("phone")).sendKeys("913 22 333");
        page.findElement(By.xpath("//label[normalize-space(.)='Klage']")).click();
        page.findElement(By.cssSelector("button[type=submit]")).click();

        arrived(page, "Meldingen er sendt – Medvirk");
        String caseNumber = page.findElement(By.cssSelector(".case-number")).getText();
        assertThat(page.findElement(By.tagName("main")).getText()).contains("Du blir ringt opp innen 10 dager.");
        assertThat(tasklist.accessibilityFaults()).isEmpty();
        tasklist.screenshot("7-message-card-receipt");
        assertThat(messages.findByCaseNumber(caseNumber).orElseThrow().getChannel()).isEqualTo(Channel.WEB);

        cases.routed(caseNumber);
        tasklist.phone(false).login("servicesenter").filter("Enhetens oppgaver");
        Tasklist.Form registration = tasklist.task("Registrer melding", caseNumber);
        assertThat(registration.value("Meldingen")).isEqualTo("Søppeldunkene ved badeplassen er fulle.");
        tasklist.screenshot("7-register-received-message");
        cases.end(List.of(caseNumber));
    }

    @Test
    void aCitizenMarksThePlaceAndSendsAPhotoAndTheServiceCentreSeesBoth() throws Exception {
        limit.forgetAll();
        Tasklist tasklist = browser.at(port).phone(true);
        WebDriver page = tasklist.driver();
        Path photo = Files.createTempFile("benk", ".jpg");
        Files.write(photo, TestPhotos.jpegWithGps(1200, 900, 1));

        page.get("http://localhost:" + port + "/melding");
        // The map's script shows it (the tile server of the tests answers nothing: the map works without tiles).
        new WebDriverWait(page, Duration.ofSeconds(10)).until(d -> d.findElement(By.id("placeMap")).isDisplayed());
        page.findElement(By.id("text")).sendKeys("Benken ved fontenen er knust.");
        page.findElement(By.id("placeText")).sendKeys("Torget, ved fontenen");
        // With the keyboard alone: to the button, and Enter.
        page.findElement(By.id("placeMap-centre")).sendKeys(Keys.ENTER);
        assertThat(page.findElement(By.id("placeMap-status")).getText()).startsWith("Stedet er merket (59.05330, 10.03500)");
        page.findElement(By.id("photos")).sendKeys(photo.toString());
        assertThat(tasklist.accessibilityFaults()).isEmpty();
        tasklist.readmeImage("message-card-place-photo");
        page.findElement(By.cssSelector("button[type=submit]")).click();

        arrived(page, "Meldingen er sendt – Medvirk");
        String caseNumber = page.findElement(By.cssSelector(".case-number")).getText();
        Files.delete(photo);
        Message message = messages.findByCaseNumber(caseNumber).orElseThrow();
        assertThat(message.getPlace().text()).isEqualTo("Torget, ved fontenen");
        assertThat(message.getPlaceArea()).isEqualTo("Sentrum");

        cases.routed(caseNumber);
        tasklist.phone(false).login("servicesenter").filter("Enhetens oppgaver");
        Tasklist.Form registration = tasklist.task("Registrer melding", caseNumber);
        assertThat(registration.value("Sted (hvor det gjelder)")).isEqualTo("Torget, ved fontenen");
        WebElement thumbnail = new WebDriverWait(page, Duration.ofSeconds(10)).until(d -> d.findElement(
                By.cssSelector("img[src='/api/messages/" + caseNumber + "/photos/1/thumbnail']")));
        new WebDriverWait(page, Duration.ofSeconds(10)).until(d -> ((Number) ((JavascriptExecutor) d)
                .executeScript("return arguments[0].naturalWidth", thumbnail)).intValue() > 0);
        assertThat(tasklist.accessibilityFaults()).isEmpty();
        ((JavascriptExecutor) page).executeScript("arguments[0].scrollIntoView({block: 'center'})", thumbnail);
        tasklist.screenshot("7-register-message-with-place-and-photo");
        cases.end(List.of(caseNumber));
    }
}
