package no.medvirk.message;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.medvirk.MedvirkTest;
import no.medvirk.Tasklist;
import no.medvirk.message.MessageInput.SubmitterInput;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The caseworker's desk in a real browser: the service centre finds a closed message in "Saker" by a word of
 * its text and by the submitter's phone, a caseworker of another unit does not; the case page lists every call
 * and links its open task into Tasklist; a received message is closed in Tasklist as a duplicate of another
 * case, and both case pages say so; a caseworker answers with a standard answer. axe-core finds no WCAG 2.1 A/AA fault on Saker or on a case page.
 */
@MedvirkTest
@Tag("browser")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CasesBrowserTests {

    @LocalServerPort
    int port;
    @Autowired
    MessageRegistration registration;
    @Autowired
    MessageCases cases;
    @Autowired
    Messages messages;
    @Autowired
    TransactionTemplate transaction;

    Tasklist browser;
    final List<String> toEnd = new ArrayList<>();
    String closedInBarnehage;
    String calledTwice;

    @RegisterExtension
    TestWatcher failures = Tasklist.screenshotOnFailure(() -> browser);

    @BeforeAll
    void openTheBrowser() {
        closedInBarnehage = registration.register(new MessageInput("PHONE", null,
                "Regnbuepyttene i barnehagens uteområde blir aldri tørre.", "COMPLAINT", "Barnehage", false, false,
                new SubmitterInput("Gro Grøn", null, "913 44 555", null))).getCaseNumber();
        cases.routed(closedInBarnehage);
        transaction.executeWithoutResult(s -> messages.get(closedInBarnehage).close(Instant.now()));
        calledTwice = cases.assigned(new MessageInput("PHONE", null, "Kantsteinen ved Fjordveien 3 er knust.",
                "COMPLAINT", "Vei og trafikk", false, false, new SubmitterInput("Ivar Isaksen", null, "90077888", null)),
                "kari");
        cases.completeTask(calledTwice, Map.of("reached", "false"));
        cases.completeTask(calledTwice, Map.of("reached", "false"));
        toEnd.addAll(List.of(closedInBarnehage, calledTwice));
        browser = Tasklist.open(port);
    }

    @AfterAll
    void closeTheBrowser() {
        browser.close();
        cases.end(toEnd);
    }

    @Test
    void shouldLetTheServiceCentreFindAClosedMessageByAWordOrThePhoneButNotACaseworkerOfAnotherUnit() {
        browser.login("servicesenter");
        page("/saker");
        assertThat(accessibilityFaults()).isEmpty();
        search("regnbuepyttene");
        assertThat(foundCases()).containsExactly(closedInBarnehage);
        assertThat(driver().findElement(By.cssSelector("tbody")).getText()).contains("Avsluttet", "Barnehage")
                .doesNotContain("913 44 555", "Gro");
        assertThat(accessibilityFaults()).isEmpty();
        browser.screenshot("cases-1-found-by-word");
        search("91344555");
        assertThat(foundCases()).containsExactly(closedInBarnehage);

        driver().findElement(By.linkText(closedInBarnehage)).click();
        new WebDriverWait(driver(), Duration.ofSeconds(20)).until(d -> d.getTitle().startsWith("Sak " + closedInBarnehage));
        assertThat(driver().findElement(By.linkText("Til Saker")).getAttribute("href")).endsWith("/saker");

        browser.login("kari");
        page("/saker?q=regnbuepyttene");
        assertThat(foundCases()).isEmpty();
        assertThat(driver().findElement(By.cssSelector("[role='status']")).getText()).startsWith("0 saker");
        assertThat(driver().findElements(By.cssSelector("#unit option"))).extracting(WebElement::getText)
                .containsExactly("Alle", "Vei, park og idrett");
        browser.screenshot("cases-2-kari-finds-nothing");
    }

    @Test
    void shouldListEveryCallOnTheCasePageAndLinkItsOpenTaskIntoTasklist() {
        browser.login("kari");
        page("/sak/" + calledTwice);

        List<String> events = driver().findElements(By.cssSelector("ol.timeline li")).stream()
                .map(WebElement::getText).toList();
        assertThat(events.stream().filter(e -> e.contains("Ringte innmelderen: ikke nådd"))).hasSize(2)
                .allSatisfy(e -> assertThat(e).contains("Kari Nordmann"));
        assertThat(events).anySatisfy(e -> assertThat(e).contains("Oppgave fullført: Fordel melding",
                "saken gikk til Kari Nordmann"));
        assertThat(events).noneMatch(e -> e.contains("Oppgave fullført: Ring innmelder"));
        WebElement task = driver().findElement(By.linkText("Ring innmelder"));
        assertThat(task.getAttribute("href")).contains("/camunda/app/tasklist/default/#/?task=");
        assertThat(accessibilityFaults()).isEmpty();
        browser.screenshot("cases-3-case-page");
        driver().executeScript("arguments[0].scrollIntoView({block: 'end'});",
                driver().findElement(By.cssSelector("ol.timeline")));
        browser.screenshot("cases-3-case-page-timeline");

        task.click();
        new WebDriverWait(driver(), Duration.ofSeconds(20)).until(d -> !d.findElements(
                By.cssSelector(".task-details [cam-tasklist-form-camunda] .fjs-form")).isEmpty());
        assertThat(driver().findElement(By.cssSelector(".task-details")).getText()).contains("Ring innmelder");
    }

    @Test
    void shouldCloseAReceivedMessageAsADuplicateOfAnotherCaseInTasklist() {
        String original = registration.register(new MessageInput("WEB", null, "Bommen ved skolen står åpen.",
                "COMPLAINT", "Vei og trafikk", false, false, null)).getCaseNumber();
        cases.routed(original);
        String duplicate = registration.receive(new MessageInput("WEB", null, "Bommen ved skolen er åpen igjen!",
                "COMPLAINT", "Vei og trafikk", null, null, null)).getCaseNumber();
        toEnd.addAll(List.of(original, duplicate));
        cases.openTask(duplicate);

        browser.login("servicesenter").filter("Enhetens oppgaver");
        Tasklist.Form registering = browser.task("Registrer melding", duplicate);
        registering.type("Samme sak som (saksnummer)", original);
        browser.screenshot("cases-4-register-as-duplicate");
        browser.complete();

        page("/sak/" + duplicate);
        assertThat(driver().findElement(By.cssSelector(".duplicate")).getText())
                .startsWith("Slått sammen med sak " + original);
        assertThat(driver().getPageSource()).contains("Ingen åpne oppgaver.");
        page("/sak/" + original);
        assertThat(driver().findElement(By.cssSelector(".duplicate")).getText()).contains(duplicate);
        assertThat(accessibilityFaults()).isEmpty();
        browser.screenshot("cases-5-original-with-duplicate");
    }

    @Test
    void shouldOfferTheSubjectAreasStandardAnswersInTheCallForm() {
        String caseNumber = cases.assigned(new MessageInput("PHONE", null, "Gatelyset i Bakkegata blinker hele natta.",
                "COMPLAINT", "Gatelys", false, false, new SubmitterInput("Lise Lund", null, "90099000", null)), "kari");
        toEnd.add(caseNumber);

        browser.login("kari").filter("Mine oppgaver");
        Tasklist.Form call = browser.task("Ring innmelder", caseNumber);
        call.pick("Fikk du snakket med innmelderen?", "Ja").choose("Standardsvar", "Gatelyset blir reparert");
        assertThat(call.text()).contains("Standardsvaret som blir svaret i saken:",
                "Feilen er sendt til kommunens elektriker");
        call.pick("Hvordan tok innmelderen imot svaret?", "Fornøyd");
        browser.screenshot("cases-6-standard-answer");
        browser.complete();

        String answer = transaction.execute(s -> messages.get(caseNumber).getAnswer());
        assertThat(answer).startsWith("Takk for at du meldte fra om gatelyset.");
    }

    private ChromeDriver driver() {
        return browser.driver();
    }

    private void page(String path) {
        driver().get("http://localhost:" + port + path);
        new WebDriverWait(driver(), Duration.ofSeconds(20)).until(d -> d.getTitle().endsWith("– Medvirk"));
    }

    private void search(String text) {
        WebElement q = driver().findElement(By.id("q"));
        q.clear();
        q.sendKeys(text);
        driver().findElement(By.cssSelector("form.filter button[type='submit']")).click();
        new WebDriverWait(driver(), Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().contains("q=" + text));
    }

    private List<String> foundCases() {
        return driver().findElements(By.cssSelector("tbody tr td:first-child a")).stream().map(WebElement::getText)
                .toList();
    }

    /** axe-core's WCAG 2.0/2.1 A and AA rules, run in the page: each fault with the elements it found. */
    private List<String> accessibilityFaults() {
        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze(driver());
        assertThat(results.getPasses()).as("axe ran its rules").isNotEmpty();
        return results.getViolations().stream().map(v -> v.getId() + ": " + v.getHelp() + " " + v.getNodes().stream()
                .map(n -> String.valueOf(n.getTarget())).toList()).toList();
    }
}
