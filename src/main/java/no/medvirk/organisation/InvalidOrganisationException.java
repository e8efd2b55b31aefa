package no.medvirk.organisation;

import java.util.List;

/** The organisation file cannot be used; start-up stops with every problem named. */
public class InvalidOrganisationException extends RuntimeException {

    private final String source;
    private final List<String> problems;

    InvalidOrganisationException(String source, List<String> problems) {
        super("The organisation file " + source + " cannot be used:\n  - " + String.join("\n  - ", problems));
        this.source = source;
        this.problems = List.copyOf(problems);
    }

    public String source() {
        return source;
    }

    public List<String> problems() {
        return problems;
    }
}
