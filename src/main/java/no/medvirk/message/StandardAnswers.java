package no.medvirk.message;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.medvirk.forms.Fields;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * The service centre's standard answers ({@code processes/standard-answers.yml}, beside the models, so process
 * owners own it): texts per subject area, offered in the answer field of the contact forms as a select. Read
 * once at start and checked: a file Medvirk cannot use stops the start with a Norwegian message that names
 * what to correct; the subject areas are checked against the routing table once it is deployed.
 */
@Component
class StandardAnswers implements SmartInitializingSingleton {

    /** The heading of answers offered whatever the message's subject area. */
    static final String ALL_AREAS = "Alle emner";
    static final String FILE = "standard-answers.yml";
    static final int MAX_TEXT = 2000;
    static final int MAX_TITLE = 100;

    /** One answer: what the select shows, and the text that goes into the case. */
    record Answer(String title, String text) {
    }

    private final Map<String, List<Answer>> byArea;
    private final SubjectAreas subjectAreas;

    StandardAnswers(@Value("${medvirk.processes.location}") Path folder, SubjectAreas subjectAreas) {
        this.subjectAreas = subjectAreas;
        this.byArea = read(folder);
    }

    /** The answers for a subject area, the area's own first, then those for all areas. */
    List<Answer> forArea(String subjectArea) {
        List<Answer> answers = new ArrayList<>(byArea.getOrDefault(subjectArea == null ? "" : subjectArea, List.of()));
        answers.addAll(byArea.getOrDefault(ALL_AREAS, List.of()));
        return answers;
    }

    /** The select's options: the title shown, the text as the value the form submits. */
    List<Map<String, String>> options(String subjectArea) {
        return forArea(subjectArea).stream().map(a -> Map.of("label", a.title(), "value", a.text())).toList();
    }

    @Override
    public void afterSingletonsInstantiated() {
        List<String> known = subjectAreas.all();
        if (known.isEmpty()) {
            return;
        }
        List<String> unknown = byArea.keySet().stream().filter(a -> !a.equals(ALL_AREAS) && !known.contains(a)).toList();
        if (!unknown.isEmpty()) {
            throw new InvalidStandardAnswersException(FILE + ": " + String.join(", ", unknown.stream()
                    .map(a -> "«" + a + "»").toList()) + (unknown.size() == 1 ? " er ikke et emne" : " er ikke emner")
                    + " i rutingstabellen (message-routing.dmn). Skriv emnet nøyaktig som der, eller «" + ALL_AREAS
                    + "». Emnene er: " + String.join(", ", known) + ".");
        }
    }

    static Map<String, List<Answer>> read(Path folder) {
        Path file = folder.resolve(FILE);
        try {
            if (Files.isRegularFile(file)) {
                try (InputStream in = Files.newInputStream(file)) {
                    return parse(in);
                }
            }
            ClassPathResource packaged = new ClassPathResource("processes/" + FILE);
            if (!packaged.exists()) {
                return Map.of();
            }
            try (InputStream in = packaged.getInputStream()) {
                return parse(in);
            }
        } catch (IOException e) {
            throw new InvalidStandardAnswersException(FILE + " kan ikke leses: " + e.getMessage());
        }
    }

    /** @throws InvalidStandardAnswersException naming every problem, in Norwegian */
    static Map<String, List<Answer>> parse(InputStream in) {
        Object root;
        try {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        } catch (YAMLException e) {
            throw new InvalidStandardAnswersException(FILE + " er ikke gyldig YAML (sjekk innrykk og kolon): "
                    + e.getMessage().lines().findFirst().orElse(""));
        }
        if (root == null) {
            return Map.of();
        }
        List<String> problems = new ArrayList<>();
        Map<String, List<Answer>> answers = new LinkedHashMap<>();
        if (!(root instanceof Map<?, ?> areas)) {
            throw new InvalidStandardAnswersException(FILE + ": filen skal være en liste over emner, hvert med "
                    + "sine svar (se kommentaren øverst i filen).");
        }
        for (Map.Entry<?, ?> area : areas.entrySet()) {
            String name = String.valueOf(area.getKey());
            if (!(area.getValue() instanceof List<?> list)) {
                problems.add("under «" + name + "» skal det stå en liste med svar (linjer som begynner med «- tittel:»)");
                continue;
            }
            List<Answer> found = new ArrayList<>();
            Set<String> titles = new HashSet<>();
            for (int i = 0; i < list.size(); i++) {
                String where = "svar nr. " + (i + 1) + " under «" + name + "»";
                if (!(list.get(i) instanceof Map<?, ?> entry)) {
                    problems.add(where + " skal ha «tittel:» og «tekst:»");
                    continue;
                }
                String title = text(entry.get("tittel"));
                String text = text(entry.get("tekst"));
                if (title == null) {
                    problems.add(where + " mangler tittel");
                } else if (title.length() > MAX_TITLE) {
                    problems.add(where + ": tittelen er lengre enn " + MAX_TITLE + " tegn");
                } else if (!titles.add(title)) {
                    problems.add(where + ": tittelen «" + title + "» er brukt før under samme emne");
                }
                if (text == null) {
                    problems.add(where + " mangler tekst");
                } else if (text.length() > MAX_TEXT) {
                    problems.add(where + ": teksten er lengre enn " + MAX_TEXT + " tegn");
                } else if (Fields.hasForbiddenCharacters(text) || title != null && Fields.hasForbiddenCharacters(title)) {
                    problems.add(where + " har tegn som ikke kan lagres (usynlige kontrolltegn)");
                }
                entry.keySet().stream().map(String::valueOf).filter(k -> !k.equals("tittel") && !k.equals("tekst"))
                        .forEach(k -> problems.add(where + " har «" + k + ":», som Medvirk ikke kjenner (bare «tittel:» og «tekst:»)"));
                if (title != null && text != null) {
                    found.add(new Answer(title, text));
                }
            }
            answers.put(name, List.copyOf(found));
        }
        if (!problems.isEmpty()) {
            throw new InvalidStandardAnswersException(FILE + ": " + String.join("; ", problems) + ".");
        }
        return answers;
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        String text = String.valueOf(value).strip();
        return text.isEmpty() ? null : text;
    }
}
