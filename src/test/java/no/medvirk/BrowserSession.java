package no.medvirk;

import java.time.Duration;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One browser for a test class, opened at its first use against the test's server: the engine clock
 * of earlier tests reset before, a screenshot of a failed test, the browser closed after the class.
 * {@code @RegisterExtension static final BrowserSession browser = new BrowserSession();}
 */
public final class BrowserSession implements BeforeAllCallback, AfterAllCallback, TestWatcher {

    private Tasklist tasklist;

    /** The class's browser, opened on Tasklist at this port the first time. */
    public Tasklist at(int port) {
        if (tasklist == null) {
            tasklist = Tasklist.open(port);
        }
        return tasklist;
    }

    /** Waits for the page a form post leads to, by its title: the click returns before the browser has it. */
    public static void arrived(WebDriver page, String title) {
        new WebDriverWait(page, Duration.ofSeconds(20)).until(ExpectedConditions.titleIs(title));
    }

    /**
     * Presses what posts the form and waits until the browser has the page it leads to, also when that page
     * has the same title: the old page carries a mark the new one lacks. (Waiting for an old element to go
     * stale is not enough: during the navigation Chromium may answer with an error instead.)
     */
    public static void pressForTheNextPage(WebDriver page, By button) {
        JavascriptExecutor script = (JavascriptExecutor) page;
        script.executeScript("window.medvirkOldPage = true;");
        page.findElement(button).click();
        new WebDriverWait(page, Duration.ofSeconds(20)).ignoring(WebDriverException.class).until(d -> Boolean.TRUE.equals(
                script.executeScript("return window.medvirkOldPage === undefined && document.readyState === 'complete';")));
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        ClockUtil.reset();
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        if (tasklist != null) {
            tasklist.screenshot("FAILED-" + context.getRequiredTestMethod().getName());
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (tasklist != null) {
            tasklist.close();
            tasklist = null;
        }
    }
}
