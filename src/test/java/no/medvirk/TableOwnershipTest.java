package no.medvirk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The report reads the other features' tables only through queries their own packages keep
 * ({@code message.MessageFigures}, {@code duelist.DueListFigures}, {@code dialogue.DialogueFigures}),
 * so that a feature can change its tables without reading the report's SQL. Its own tables are
 * named {@code report_…}.
 */
class TableOwnershipTest {

    private static final Path MIGRATIONS_SQL = Path.of("src/main/resources/db/migration");
    private static final Path MIGRATIONS_JAVA = Path.of("src/main/java/db/migration");
    private static final Path REPORT = Path.of("src/main/java/no/medvirk/report");

    private static final Pattern CREATE_TABLE = Pattern.compile("(?i)\\bcreate\\s+table\\s+(?:if\\s+not\\s+exists\\s+)?(\\w+)");
    private static final Pattern TEXT_BLOCK = Pattern.compile("(?s)\"\"\"(.*?)\"\"\"");
    private static final Pattern STRING = Pattern.compile("\"((?:\\\\.|[^\"\\\\])*)\"");
    /** Where SQL names a table: what follows from, join, update or into. */
    private static final Pattern TABLE_IN_SQL = Pattern.compile("(?i)\\b(?:from|join|update|into)\\s+(\\w+)");

    @Test
    void shouldFindTheTablesOfEveryFeatureInTheMigrations() {
        assertThat(tables()).contains("message", "call_attempt", "overdue_week", "due_list", "dialogue_input",
                "dialogue_meeting", "report_assessment");
    }

    @Test
    void shouldLetNoReportSourceNameAnotherFeaturesTable() {
        Set<String> othersTables = new TreeSet<>(tables());
        othersTables.removeIf(table -> table.startsWith("report_"));
        Set<String> found = new TreeSet<>();

        for (Path source : files(REPORT, ".java")) {
            for (String table : tablesNamedIn(read(source))) {
                if (othersTables.contains(table)) {
                    found.add(source.getFileName() + " names " + table);
                }
            }
        }

        assertThat(found).as("report sources reading other features' tables directly").isEmpty();
    }

    @Test
    void shouldFindATableNamedInAQueryButNotInProse() {
        String source = """
                /** Counts from the message tables. */
                String sql = \"""
                        select count(*) from message m join call_attempt c on c.message_id = m.id\""";
                String label = "Meldinger fra innbyggerne";
                """;

        assertThat(tablesNamedIn(source)).containsExactly("message", "call_attempt");
    }

    /** The tables the SQL in a source file's string literals reads or writes. */
    private static List<String> tablesNamedIn(String source) {
        List<String> literals = new ArrayList<>();
        Matcher blocks = TEXT_BLOCK.matcher(source);
        while (blocks.find()) {
            literals.add(blocks.group(1));
        }
        Matcher strings = STRING.matcher(TEXT_BLOCK.matcher(source).replaceAll(""));
        while (strings.find()) {
            literals.add(strings.group(1));
        }
        List<String> tables = new ArrayList<>();
        for (String literal : literals) {
            Matcher table = TABLE_IN_SQL.matcher(literal);
            while (table.find()) {
                tables.add(table.group(1).toLowerCase());
            }
        }
        return tables;
    }

    private static Set<String> tables() {
        Set<String> tables = new TreeSet<>();
        List<Path> migrations = new ArrayList<>(files(MIGRATIONS_SQL, ".sql"));
        migrations.addAll(files(MIGRATIONS_JAVA, ".java"));
        for (Path migration : migrations) {
            Matcher created = CREATE_TABLE.matcher(read(migration));
            while (created.find()) {
                tables.add(created.group(1).toLowerCase());
            }
        }
        return tables;
    }

    private static List<Path> files(Path folder, String extension) {
        try (Stream<Path> paths = Files.walk(folder)) {
            return paths.filter(path -> path.toString().endsWith(extension)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
