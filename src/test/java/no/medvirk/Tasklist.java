package no.medvirk;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Camunda Tasklist of the test application, driven as its users drive it: in Debian's headless
 * Chromium, through labels and button texts they read, in Oslo's time zone and in Norwegian.
 * Screenshots go to {@code target/screenshots/}; with {@code -Ddocs.images=true} the documentation's
 * pictures are written to {@code docs/images/} as well.
 */
public final class Tasklist implements AutoCloseable {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Path README_IMAGES = Path.of("docs", "images");
    private static final Duration PATIENCE = Duration.ofSeconds(20);
    private static final By COMPLETE = By.cssSelector(".task-details button[ng-click='complete()']");
    private static final By START = By.cssSelector(".modal-dialog button[ng-click='startProcessInstance()']");

    private final ChromeDriver driver;
    private final WebDriverWait wait;
    private final String root;
    private final Path downloads;

    private Tasklist(ChromeDriver driver, String root, Path downloads) {
        this.driver = driver;
        // Tasklist and form-js render anew as data arrives: an element found a moment ago may be gone.
        this.wait = new WebDriverWait(driver, PATIENCE);
        this.wait.ignoring(StaleElementReferenceException.class);
        this.root = root;
        this.downloads = downloads;
    }

    /** A browser on the application at this port; fails with the command that installs what is missing. */
    public static Tasklist open(int port) {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            throw new IllegalStateException("The browser tests need Debian's Chromium: "
                    + "apt-get install -y chromium chromium-driver (or skip them with -DexcludedGroups=browser)");
        }
        try {
            Path downloads = Files.createTempDirectory("medvirk-downloads");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            // Flags for a container without outside network; background networking would be refused.
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic",
                    "--no-first-run", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--disable-dev-shm-usage", "--window-size=1400,1000", "--lang=nb-NO");
            options.setExperimentalOption("prefs", Map.of(
                    "intl.accept_languages", "nb-NO,nb",
                    "download.default_directory", downloads.toString(),
                    "download.prompt_for_download", false,
                    // A PDF is saved like any download instead of shown in Chromium's viewer.
                    "plugins.always_open_pdf_externally", true));
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(CHROMEDRIVER.toFile())
                    .withEnvironment(Map.of("TZ", "Europe/Oslo"))
                    .build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.executeCdpCommand("Browser.setDownloadBehavior",
                    Map.of("behavior", "allow", "downloadPath", downloads.toString()));
            return new Tasklist(driver, "http://localhost:" + port, downloads);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }

    /** The browser itself, for pages outside Tasklist (the public message card). */
    public ChromeDriver driver() {
        return driver;
    }

    /** The window as a phone (390×844) or back to the desktop size the screenshots use. */
    public Tasklist phone(boolean phone) {
        driver.manage().window().setSize(phone ? new Dimension(390, 844) : new Dimension(1400, 1000));
        return this;
    }

    /** Logs out whoever was in and logs this demo user in. */
    public Tasklist login(String user) {
        for (int attempt = 1; ; attempt++) {
            if (loggedIn(user)) {
                return this;
            }
            if (attempt == 3) {
                throw new AssertionError(user + " could not log in: " + pageText());
            }
            // Camunda delays the next try after a refused login by a few seconds.
            pause(Duration.ofSeconds(4));
        }
    }

    /**
     * One try at the login page. The page sets its focus and binds its fields while it loads, so
     * keys typed at that moment can go missing; Tasklist then refuses the login and we try again.
     */
    private boolean loggedIn(String user) {
        driver.get(root + "/camunda/app/tasklist/default/");
        driver.manage().deleteAllCookies();
        driver.executeScript("window.localStorage.clear(); window.sessionStorage.clear();");
        driver.get("about:blank");
        driver.get(root + "/camunda/app/tasklist/default/#/login");
        try {
            visible(By.cssSelector("input[ng-model='username']"));
        } catch (TimeoutException e) {
            // Seen under a loaded CI machine: Tasklist stays at its loading spinner; a person reloads.
            return false;
        }
        logInHere(user);
        By filters = By.cssSelector(".task-filter");
        By refused = By.cssSelector(".alert-danger");
        wait.until(d -> d.findElements(filters).stream().anyMatch(WebElement::isDisplayed)
                || d.findElements(refused).stream().anyMatch(WebElement::isDisplayed));
        return driver.findElements(filters).stream().anyMatch(WebElement::isDisplayed);
    }

    private static void typeInto(WebElement input, String text) {
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(text);
    }

    /** The filters in the left column, as the user reads them. */
    public List<String> filters() {
        visible(By.cssSelector(".task-filter"));
        return driver.findElements(By.cssSelector(".task-filter h4.name a")).stream().map(Tasklist::filterName).toList();
    }

    /** Chooses a filter; its tasks are listed. */
    public Tasklist filter(String name) {
        click(filterLink(name));
        wait.until(d -> filterElement(name).getAttribute("class").contains("active"));
        waitForList();
        return this;
    }

    /** The tasks the chosen filter lists, each as the text of its card (name, process, variables). */
    public List<String> tasks() {
        waitForList();
        return driver.findElements(By.cssSelector("ol.tasks-list li.task")).stream().map(WebElement::getText).toList();
    }

    /** Opens the task of this name whose card shows this text (a case number, a meeting), in the chosen filter. */
    public Form task(String name, String showing) {
        String filter = wait.until(d -> filterName(d.findElement(By.cssSelector(".task-filter.active h4.name a"))));
        By card = By.xpath("//ol[contains(@class,'tasks-list')]/li[contains(@class,'task')]"
                + "[.//h4/a[normalize-space(.)=" + literal(name) + "]][contains(., " + literal(showing) + ")]//h4/a");
        try {
            new WebDriverWait(driver, PATIENCE).pollingEvery(Duration.ofMillis(500)).until(d -> {
                if (!d.findElements(card).isEmpty()) {
                    return true;
                }
                // The list reloads when its filter is chosen again, as a user would do.
                click(filterLink(filter));
                pause(Duration.ofSeconds(1));
                return !d.findElements(card).isEmpty();
            });
        } catch (TimeoutException e) {
            throw new AssertionError("No task «" + name + "» showing «" + showing + "» under «" + filter + "»; "
                    + "the list holds " + tasks(), e);
        }
        click(card);
        wait.until(d -> d.findElement(By.cssSelector(".task-details")).getText().contains(name));
        if (shown(By.cssSelector("[ng-click='claim()']"))) {
            click(By.cssSelector("[ng-click='claim()']"));
            wait.until(d -> d.findElements(By.cssSelector("[ng-click='claim()']")).stream().noneMatch(WebElement::isDisplayed));
        }
        By form = By.cssSelector(".task-details [cam-tasklist-form-camunda] .fjs-form");
        visible(form);
        return new Form(form);
    }

    /** Opens the start form of the process with this name, from "Start prosess". */
    public Form startProcess(String name) {
        By processes = By.cssSelector(".modal-dialog .modal-body");
        wait.until(d -> {
            // The header's link does nothing until Tasklist has loaded what it needs for the dialog.
            click(By.cssSelector("li.start-process-action a"));
            return !d.findElements(processes).isEmpty() || pause(Duration.ofSeconds(1));
        });
        click(By.xpath("//div[contains(@class,'modal-body')]//a[normalize-space(.)=" + literal(name) + "]"));
        By form = By.cssSelector(".modal-dialog [cam-tasklist-form-camunda] .fjs-form");
        visible(form);
        return new Form(form);
    }

    /** Clicks "Start" in the start dialog and waits until the dialog is gone. */
    public void start() {
        click(START);
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".modal-dialog")));
    }

    /** Whether "Start" can be clicked: Tasklist keeps it disabled while a field is missing or invalid. */
    public boolean canStart() {
        return driver.findElement(START).isEnabled();
    }

    /** Clicks "Fullfør" on the open task and waits until Tasklist has taken it. */
    public void complete() {
        WebElement form = driver.findElement(By.cssSelector(".task-details [cam-tasklist-form-camunda]"));
        java.util.regex.Matcher task = java.util.regex.Pattern.compile("[?&]task=([\\w-]+)").matcher(driver.getCurrentUrl());
        click(COMPLETE);
        wait.until(ExpectedConditions.stalenessOf(form));
        if (task.find()) {
            // The next task of a case has the same name and case number: the list must first have let this one go.
            By done = By.cssSelector("ol.tasks-list li.task a[href*='task=" + task.group(1) + "']");
            wait.until(d -> d.findElements(done).isEmpty());
        }
    }

    /**
     * Clicks "Fullfør" on a form with a field missing or wrong: nothing is sent, the task stays, and the fields
     * say why; returns their messages. Fails when Tasklist shows a notice instead (the form was sent).
     */
    public List<String> completeBlocked() {
        WebElement form = driver.findElement(By.cssSelector(".task-details [cam-tasklist-form-camunda]"));
        click(COMPLETE);
        wait.until(d -> !d.findElements(By.cssSelector(".task-details .fjs-form-field-error")).stream()
                .filter(WebElement::isDisplayed).map(WebElement::getText).allMatch(String::isBlank));
        pause(Duration.ofMillis(500));
        By refusal = By.cssSelector(".notifications .alert-danger, .notifications .alert-warning");
        if (shown(refusal)) {
            throw new AssertionError("The form was sent and refused: " + driver.findElement(refusal).getText());
        }
        if (ExpectedConditions.stalenessOf(form).apply(driver)) {
            throw new AssertionError("The task was completed");
        }
        return new Form(By.cssSelector(".task-details [cam-tasklist-form-camunda] .fjs-form")).errors();
    }

    /** Clicks "Start" and expects the dialog to stay, with Tasklist's notice of why; returns that notice. */
    public String startRefused() {
        click(START);
        WebElement notice = visible(By.cssSelector(".notifications .alert-danger, .notifications .alert-warning"));
        return notice.getText();
    }

    /** Whether a notice Tasklist shows lies below its header, so that the header's menu ("Logg ut") stays free. */
    public boolean noticesBelowTheHeader() {
        return Boolean.TRUE.equals(driver.executeScript("""
                const header = document.querySelector('[cam-widget-header]').getBoundingClientRect();
                return [...document.querySelectorAll('.notifications .alert')].every(n => n.getBoundingClientRect().top >= header.bottom);"""));
    }

    /** Types this demo user's login into the login page the browser shows now (not opened by us), and logs in. */
    public void logInHere(String user) {
        By name = By.cssSelector("input[ng-model='username']");
        By password = By.cssSelector("input[ng-model='password']");
        wait.until(d -> {
            typeInto(visible(name), user);
            typeInto(d.findElement(password), "demo");
            return user.equals(d.findElement(name).getAttribute("value"))
                    && "demo".equals(d.findElement(password).getAttribute("value"));
        });
        driver.findElement(By.cssSelector("form[name='signinForm'] button[type='submit']")).click();
    }

    /** axe-core's WCAG 2.0/2.1 A and AA rules, run in the page shown: each fault with the elements it found. */
    public List<String> accessibilityFaults() {
        // Tasklist names some controls as it draws them; the page settles first.
        pause(Duration.ofMillis(800));
        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze(driver);
        if (results.getPasses().isEmpty()) {
            throw new AssertionError("axe ran no rules");
        }
        return results.getViolations().stream().map(v -> v.getId() + ": " + v.getHelp() + " " + v.getNodes().stream()
                .map(n -> String.valueOf(n.getTarget())).toList()).toList();
    }

    /** Clicks a link in the open form and returns the file it downloads. */
    public Path download(String linkText) {
        return download(By.xpath("//*[contains(@class,'task-details')]//a[normalize-space(.)=" + literal(linkText) + "]"));
    }

    /** Clicks this link on any page and returns the file it downloads. */
    public Path download(By link) {
        Set<String> before = Set.copyOf(listDownloads());
        String window = driver.getWindowHandle();
        click(link);
        Path file = new WebDriverWait(driver, PATIENCE).until(d -> listDownloads().stream()
                .filter(name -> !before.contains(name) && !name.endsWith(".crdownload"))
                .findFirst().map(downloads::resolve).orElse(null));
        for (String other : driver.getWindowHandles()) {
            if (!other.equals(window)) {
                driver.switchTo().window(other).close();
            }
        }
        driver.switchTo().window(window);
        return file;
    }

    /** A JUnit extension that saves the screen of a failed test as target/screenshots/FAILED-{test}.png. */
    public static TestWatcher screenshotOnFailure(Supplier<Tasklist> browser) {
        return new TestWatcher() {
            @Override
            public void testFailed(ExtensionContext context, Throwable cause) {
                Tasklist tasklist = browser.get();
                if (tasklist != null) {
                    tasklist.screenshot("FAILED-" + context.getRequiredTestMethod().getName());
                }
            }
        };
    }

    /** Saves what the user sees to target/screenshots/{name}.png. */
    public Path screenshot(String name) {
        // form-js passes typing on to the form after a short pause; its messages settle after that.
        pause(Duration.ofMillis(600));
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A screenshot the README shows: refreshed in docs/images when the tests run with -Ddocs.images=true. */
    public void readmeImage(String name) {
        Path file = screenshot(name);
        if (Boolean.getBoolean("docs.images")) {
            try {
                Files.copy(file, README_IMAGES.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The hint Medvirk writes beside a greyed-out "Start" or "Fullfør" (a CSS ::before), or "" when none. */
    public String buttonHint() {
        Object hint = driver.executeScript("""
                const holder = document.querySelector('.modal-footer .col-xs-8') || document.querySelector('.task-details .form-actions');
                const content = holder ? getComputedStyle(holder, '::before').content : 'none';
                return content === 'none' ? '' : JSON.parse(content);""");
        return String.valueOf(hint);
    }

    private String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /**
     * One Camunda Form in Tasklist, or one row of a dynamic list in it; fields are found by their labels.
     * form-js renders anew as values change, so every step finds its elements afresh.
     */
    public final class Form {

        private final Supplier<WebElement> root;

        private Form(By locator) {
            this(() -> driver.findElement(locator));
        }

        private Form(Supplier<WebElement> root) {
            this.root = root;
        }

        /** The text the form shows, as read. */
        public String text() {
            return fresh(() -> root.get().getText());
        }

        public Form type(String label, String value) {
            fresh(() -> {
                WebElement input = field(label);
                input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
                input.sendKeys(value);
                return wait.until(d -> value.equals(field(label).getAttribute("value")));
            });
            return this;
        }

        /** Types a date as the Norwegian user does, dd.mm.yyyy, and closes the calendar. */
        public Form date(String label, String ddmmyyyy) {
            fresh(() -> {
                WebElement input = field(label);
                click(input);
                input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
                // Enter makes the calendar take the typed date; Tab leaves it (Escape would close the dialog).
                input.sendKeys(ddmmyyyy, Keys.ENTER, Keys.TAB);
                return wait.until(d -> ddmmyyyy.equals(field(label).getAttribute("value")));
            });
            return this;
        }

        /** What the calendar under a date field shows when the field is entered; Tab leaves it again. */
        public String calendar(String label) {
            return fresh(() -> {
                click(field(label));
                String shown = wait.until(d -> root.get().findElements(By.cssSelector(".flatpickr-calendar.open")).stream()
                        .filter(WebElement::isDisplayed).map(WebElement::getText).findFirst().orElse(null));
                field(label).sendKeys(Keys.TAB);
                return shown;
            });
        }

        /** Picks an option of a select field by the text the user sees; clicks again when a click was lost. */
        public Form choose(String label, String option) {
            By items = By.cssSelector(".fjs-dropdownlist-item");
            wait.until(d -> fresh(() -> {
                // Only this field's list: another select's list left open would otherwise be searched in vain.
                if (ownField(label).findElements(items).stream().noneMatch(WebElement::isDisplayed)) {
                    WebElement group = field(label).findElement(By.xpath("./ancestor::div[contains(@class,'fjs-input-group')][1]"));
                    // A click that landed on a neighbouring option, as the list moved: clear it and open the list again.
                    group.findElements(By.cssSelector(".fjs-select-cross")).stream().filter(WebElement::isDisplayed)
                            .filter(cross -> !chosen(label, option)).findFirst().ifPresent(WebElement::click);
                    click(group);
                }
                ownField(label).findElements(items).stream().filter(e -> e.isDisplayed() && e.getText().trim().equals(option))
                        .findFirst().ifPresent(item -> {
                            // The list scrolls inside its own box; the option is brought to its middle first.
                            driver.executeScript("arguments[0].scrollIntoView({block: 'center'});", item);
                            try {
                                item.click();
                            } catch (org.openqa.selenium.ElementNotInteractableException moving) {
                                // Still scrolling; the next round clicks again.
                            }
                        });
                return chosen(label, option) || pause(Duration.ofMillis(300)) || chosen(label, option);
            }));
            return this;
        }

        /** The form field (label, input, its dropdown list) the labelled input belongs to. */
        private WebElement ownField(String label) {
            return field(label).findElement(By.xpath(
                    "./ancestor::div[contains(concat(' ', normalize-space(@class), ' '), ' fjs-form-field ')][1]"));
        }

        private boolean chosen(String label, String option) {
            return field(label).findElement(By.xpath("./preceding-sibling::div[1]")).getText().trim().equals(option);
        }

        /**
         * Picks one of a radio group's options. When leaving a field shows its message, the form moves
         * down under the pointer and the click is lost; the user then clicks again, and so does this.
         */
        public Form pick(String label, String option) {
            By choice = By.xpath(".//div[contains(@class,'fjs-form-field-radio')][.//label[" + labelled(label) + "]]"
                    + "//label[normalize-space(.)=" + literal(option) + "]");
            wait.until(d -> fresh(() -> {
                click(root.get().findElement(choice));
                return isSelected(choice) || pause(Duration.ofMillis(300)) || isSelected(choice);
            }));
            return this;
        }

        /** Ticks one option of a checklist, by the text the user sees. */
        public Form tick(String label, String option) {
            By choice = By.xpath(".//div[contains(@class,'fjs-form-field-checklist')][.//label[" + labelled(label) + "]]"
                    + "//label[normalize-space(.)=" + literal(option) + "]");
            wait.until(d -> fresh(() -> {
                if (!isSelected(choice)) {
                    click(root.get().findElement(choice));
                }
                return isSelected(choice) || pause(Duration.ofMillis(300)) || isSelected(choice);
            }));
            return this;
        }

        /**
         * Picks an option of the n-th radio group with this label (from 0): a row of a list Medvirk fills
         * in, whose rows cannot be added or removed and which form-js lays out without row containers.
         */
        public Form pick(String label, int n, String option) {
            By choice = By.xpath("(.//div[contains(@class,'fjs-form-field-radio')][.//label[" + labelled(label) + "]])["
                    + (n + 1) + "]//label[normalize-space(.)=" + literal(option) + "]");
            wait.until(d -> fresh(() -> {
                click(root.get().findElement(choice));
                return isSelected(choice) || pause(Duration.ofMillis(300)) || isSelected(choice);
            }));
            return this;
        }

        /** Types into the n-th text field with this label (from 0), as {@link #pick(String, int, String)}. */
        public Form type(String label, int n, String value) {
            By input = By.xpath("(.//label[@for][" + labelled(label) + "])[" + (n + 1) + "]");
            fresh(() -> {
                WebElement field = driver.findElement(By.id(root.get().findElement(input).getAttribute("for")));
                field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
                field.sendKeys(value);
                return wait.until(d -> value.equals(driver.findElement(By.id(root.get().findElement(input)
                        .getAttribute("for"))).getAttribute("value")));
            });
            return this;
        }

        private boolean isSelected(By choice) {
            return root.get().findElement(By.id(root.get().findElement(choice).getAttribute("for"))).isSelected();
        }

        /** Goes into a field and out again, as a user who leaves it empty; form-js then shows its message. */
        public Form visit(String label) {
            fresh(() -> {
                click(field(label));
                field(label).sendKeys(Keys.TAB);
                return true;
            });
            return this;
        }

        /** Scrolls the form so that this label (a field's or a list's) is at the top, for a screenshot. */
        public Form show(String label) {
            fresh(() -> driver.executeScript("arguments[0].scrollIntoView({block: 'start'});",
                    root.get().findElement(By.xpath(".//label[" + labelled(label) + "]"))));
            return this;
        }

        /** The value a field shows. */
        public String value(String label) {
            return fresh(() -> field(label).getAttribute("value"));
        }

        /** The validation messages the form shows under its fields. */
        public List<String> errors() {
            return fresh(() -> root.get().findElements(By.cssSelector(".fjs-form-field-error")).stream()
                    .filter(WebElement::isDisplayed).map(WebElement::getText).filter(t -> !t.isBlank()).toList());
        }

        /** The rows of the dynamic list with this label, adding rows with "Legg til" until there are this many. */
        public List<Form> rows(String listLabel, int count) {
            Supplier<WebElement> list = () -> root.get().findElement(By.xpath(
                    ".//div[contains(@class,'fjs-form-field-dynamiclist')][./label[" + labelled(listLabel) + "]]"));
            By rows = By.cssSelector(":scope > div > .fjs-repeat-row-container");
            while (fresh(() -> list.get().findElements(rows).size()) < count) {
                int before = fresh(() -> list.get().findElements(rows).size());
                click(list.get().findElement(By.cssSelector(":scope > .fjs-repeat-render-footer .fjs-repeat-render-add")));
                wait.until(d -> fresh(() -> list.get().findElements(rows).size()) > before);
            }
            return IntStream.range(0, count)
                    .mapToObj(i -> new Form(() -> list.get().findElements(rows).get(i))).toList();
        }

        private WebElement field(String label) {
            String id = root.get().findElement(By.xpath(".//label[@for][" + labelled(label) + "]")).getAttribute("for");
            return root.get().findElement(By.id(id));
        }
    }

    private static String labelled(String label) {
        return "normalize-space(.)=" + literal(label) + " or normalize-space(.)=" + literal(label + "*");
    }

    private static String literal(String text) {
        if (!text.contains("'")) {
            return "'" + text + "'";
        }
        return "concat('" + text.replace("'", "', \"'\", '") + "')";
    }

    /** A filter's name without the count Tasklist writes after the chosen one. */
    private static String filterName(WebElement link) {
        return link.getText().replaceAll("\\s*\\(?\\d+\\)?\\s*$", "").trim();
    }

    private By filterLink(String name) {
        return By.xpath("//div[contains(@class,'task-filter')]//h4/a[starts-with(normalize-space(.), " + literal(name) + ")]");
    }

    private WebElement filterElement(String name) {
        return driver.findElement(By.xpath("//div[contains(@class,'task-filter')][.//h4/a[starts-with(normalize-space(.), "
                + literal(name) + ")]]"));
    }

    private void waitForList() {
        wait.until(d -> d.findElements(By.cssSelector(".tasks-list .loader")).stream().noneMatch(WebElement::isDisplayed));
    }

    private boolean shown(By by) {
        return fresh(() -> driver.findElements(by).stream().anyMatch(WebElement::isDisplayed));
    }

    /** Runs a step again when Tasklist or form-js replaced an element under it. */
    private static <T> T fresh(Supplier<T> step) {
        for (int attempt = 1; ; attempt++) {
            try {
                return step.get();
            } catch (StaleElementReferenceException e) {
                if (attempt == 5) {
                    throw e;
                }
            }
        }
    }

    private WebElement visible(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    private void click(By by) {
        click(() -> driver.findElement(by), by.toString());
    }

    private void click(WebElement element) {
        click(() -> element, element.toString());
    }

    /** Clicks once the element can be clicked: shown, enabled, not covered; says why not after the wait. */
    private void click(Supplier<WebElement> element, String what) {
        String[] why = {"not found"};
        try {
            wait.until(d -> {
                try {
                    WebElement e = element.get();
                    if (!e.isDisplayed() || !e.isEnabled()) {
                        why[0] = "shown: " + e.isDisplayed() + ", enabled: " + e.isEnabled();
                        return false;
                    }
                    driver.executeScript("arguments[0].scrollIntoView({block: 'center'});", e);
                    e.click();
                    return true;
                } catch (org.openqa.selenium.NoSuchElementException | StaleElementReferenceException
                         | org.openqa.selenium.ElementNotInteractableException e) {
                    why[0] = e.getClass().getSimpleName() + ": " + e.getMessage().lines().findFirst().orElse("");
                    return false;
                }
            });
        } catch (TimeoutException e) {
            throw new AssertionError("Could not click " + what + " (" + why[0] + ")", e);
        }
    }

    private List<String> listDownloads() {
        try (Stream<Path> files = Files.list(downloads)) {
            return files.map(f -> f.getFileName().toString()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits a moment before the next look; false, so a wait goes on. */
    private static boolean pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return false;
    }
}
