package no.medvirk.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import no.medvirk.MedvirkTest;
import no.medvirk.RestRequests;
import no.medvirk.Tasklist;
import no.medvirk.message.MessageCases;
import no.medvirk.message.MessageInput;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * M12 in a real browser: a unit leader goes from Tasklist to the statistics and downloads a table and
 * the yearly report; the service centre writes the assessment that the yearly report then carries.
 * The figures themselves are checked against a hand-worked fixture in {@link StatisticsTests}; here
 * the page must show the same figures as the API for the same filter.
 */
@MedvirkTest
@Tag("browser")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportBrowserTests {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @LocalServerPort
    int port;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MessageCases cases;

    Tasklist browser;
    final List<String> caseNumbers = new ArrayList<>();

    @RegisterExtension
    TestWatcher failures = Tasklist.screenshotOnFailure(() -> browser);

    /** Two messages for vei and one for barnehage this year, so that the figures compared are not nothing. */
    @BeforeAll
    void openTheBrowser() {
        for (String area : List.of("Vei og trafikk", "Gatelys", "Barnehage")) {
            caseNumbers.add(rest.withBasicAuth("servicesenter", "demo").postForObject("/api/messages",
                    RestRequests.json(new MessageInput("WEB", null, "Melding om " + area + ".", "COMPLAINT", area,
                            false, false, null)), JsonNode.class).get("caseNumber").asText());
        }
        caseNumbers.forEach(cases::routed);
        browser = Tasklist.open(port);
    }

    @AfterAll
    void closeTheBrowser() {
        browser.close();
        cases.end(caseNumbers);
        caseNumbers.forEach(n -> jdbc.update("update message set status = 'CLOSED', closed_at = ? where case_number = ?",
                Timestamp.from(Instant.now()), n));
    }

    @AfterEach
    void forgetTheAssessment() {
        jdbc.update("delete from report_assessment where report_year = 2017");
    }

    @Test
    void shouldTakeAUnitLeaderFromTasklistToTheFiguresOfTheirUnit() throws Exception {
        browser.login("vegleder");
        wait(d -> !d.findElements(By.linkText("Statistikk")).isEmpty());
        browser.driver().findElement(By.linkText("Statistikk")).click();
        wait(d -> d.getTitle().startsWith("Statistikk over innbyggermeldinger"));

        Select unit = new Select(browser.driver().findElement(By.id("unit")));
        assertThat(unit.getOptions()).extracting(WebElement::getText)
                .containsExactly("Alle enhetene mine", "Vei, park og idrett");
        JsonNode api = rest.withBasicAuth("vegleder", "demo").getForObject("/api/statistics", JsonNode.class);
        assertThat(api.get("intake").get("total").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(keyFigure("meldinger")).isEqualTo(ReportTables.number(api.get("intake").get("total").asLong()));
        assertThat(keyFigure("kontaktkort sendt")).isEqualTo(ReportTables.number(api.get("contact").get("cardsSent").asLong()));
        List<WebElement> charts = browser.driver().findElements(By.cssSelector("img[src^='data:image/svg+xml']"));
        assertThat(charts).hasSize(10).allSatisfy(chart -> assertThat(chart.getAttribute("alt")).startsWith("S"));
        assertThat(charts).allSatisfy(chart -> assertThat(((Number) browser.driver()
                .executeScript("return arguments[0].naturalWidth", chart)).intValue()).isGreaterThan(100));
        assertThat(browser.driver().findElements(By.cssSelector("#arsrapport textarea"))).isEmpty();

        Path csv = browser.download(By.cssSelector("#enhet .download a"));
        assertThat(Files.readString(csv)).startsWith("\uFEFFEnhet;Meldinger;Andel").contains("Vei, park og idrett;")
                .doesNotContain("Barnehage");
        Path docx = browser.download(By.partialLinkText("Last ned årsrapporten"));
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
            assertThat(doc.getParagraphs()).extracting(XWPFParagraph::getText).contains("Saksframlegg");
            String all = String.join(" ", doc.getParagraphs().stream().map(XWPFParagraph::getText).toList())
                    + doc.getTables().stream().map(XWPFTable::getText).reduce("", String::concat);
            assertThat(all).contains("Vei, park og idrett").doesNotContain("Barnehage");
        }
    }

    @Test
    void shouldLetTheServiceCentreWriteTheAssessmentOfTheYearlyReport() throws Exception {
        browser.login("servicesenter");
        browser.driver().get("http://localhost:" + port + "/rapport?from=2017-01-01&to=2017-12-31");
        wait(d -> d.getTitle().startsWith("Statistikk over innbyggermeldinger"));
        assertThat(browser.driver().findElement(By.cssSelector(".lead")).getText()).contains("01.01.2017 – 31.12.2017");
        assertThat(accessibilityFaults()).isEmpty();

        WebElement text = browser.driver().findElement(By.id("text"));
        text.clear();
        text.sendKeys("Alle ble ringt opp i tide i 2017.");
        browser.driver().findElement(By.cssSelector("#arsrapport button[type='submit']")).click();
        wait(d -> !d.findElements(By.cssSelector("#arsrapport .saved")).isEmpty());

        assertThat(browser.driver().findElement(By.cssSelector("#arsrapport .saved")).getText()).isEqualTo("Vurderingen er lagret.");
        assertThat(browser.driver().findElement(By.id("text")).getAttribute("value")).isEqualTo("Alle ble ringt opp i tide i 2017.");
        assertThat(browser.driver().findElement(By.id("text-hint")).getText()).startsWith("Lagret av Siri Servicesen");
        Path docx = browser.download(By.partialLinkText("Last ned årsrapporten"));
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
            assertThat(doc.getParagraphs()).extracting(XWPFParagraph::getText).contains("Alle ble ringt opp i tide i 2017.");
        }
    }

    private String keyFigure(String label) {
        return browser.driver().findElements(By.cssSelector(".keys div")).stream()
                .filter(d -> d.findElement(By.tagName("span")).getText().equals(label)).findFirst().orElseThrow()
                .findElement(By.tagName("strong")).getText();
    }

    /** axe-core's WCAG 2.0/2.1 A and AA rules, run in the page: each fault with the elements it found. */
    private List<String> accessibilityFaults() {
        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze(browser.driver());
        assertThat(results.getPasses()).as("axe ran its rules").isNotEmpty();
        return results.getViolations().stream().map(v -> v.getId() + ": " + v.getHelp() + " " + v.getNodes().stream()
                .map(n -> String.valueOf(n.getTarget())).toList()).toList();
    }

    private void wait(java.util.function.Function<org.openqa.selenium.WebDriver, Boolean> condition) {
        new WebDriverWait(browser.driver(), PATIENCE).until(condition);
    }
}
