package no.medvirk.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The log of the whole test run (every Medvirk the tests started writes to target/test-run.log; this
 * class runs after them, in a Surefire execution of its own) holds none of the citizens' data: not the
 * demo year's names, phones or message texts, nor those the tests send in themselves. Names and texts
 * are matched whole, phones as the demo makes them (900 00 123).
 */
class PersonalDataInLogsTest {

    static final Path LOG = Path.of("target", "test-run.log");

    /** What the tests type in as citizens (PersonalDataInTheEngineTests, the browser and API tests). */
    private static final List<String> TESTS_CITIZENS = List.of("Gudrun Ørnelundsen", "912 34 567", "Blåbærstien 17",
            "gudrun.ornelundsen@example.no", "Kummelokket ved Tyttebærveien", "Berit Innbygger", "berit@example.no",
            "Storgata 1, 3256 Larvik", "Gatelyset i Storgata har vært mørkt", "Nina Nilsen", "Hullet i veien ved skolen");
    private static final Pattern DEMO_PHONE = Pattern.compile("\\b[49]00 00 \\d{3}\\b");

    @Test
    void theTestRunsLogHoldsNoCitizensData() throws IOException {
        Assumptions.assumeTrue(Files.exists(LOG), "No log of a test run here (run the whole suite: ./mvnw verify)");
        String log = Files.readString(LOG, StandardCharsets.UTF_8);
        assertThat(log).as("the log of the test run").isNotEmpty();

        List<String> found = new ArrayList<>();
        for (String first : DemoTexts.FIRST_NAMES) {
            for (String last : DemoTexts.SURNAMES) {
                if (log.contains(first + " " + last)) {
                    found.add(first + " " + last);
                }
            }
        }
        DemoTexts.AREAS.values().stream()
                .flatMap(area -> Stream.of(area.questions(), area.suggestions(), area.complaints(), area.praise()))
                .flatMap(List::stream).forEach(said -> {
            String fixed = said.text().split("\\{sted}")[0].strip();
            if (fixed.length() >= 20 && log.contains(fixed)) {
                found.add(fixed);
            }
        });
        TESTS_CITIZENS.stream().filter(log::contains).forEach(found::add);
        Matcher phone = DEMO_PHONE.matcher(log);
        while (phone.find()) {
            found.add(phone.group());
        }

        // The next run writes a log of its own; this one stays beside it for whoever looks at a failure.
        Files.move(LOG, LOG.resolveSibling("test-run-scanned.log"), StandardCopyOption.REPLACE_EXISTING);
        assertThat(found).as("citizens' data in the log of the test run").isEmpty();
    }
}
