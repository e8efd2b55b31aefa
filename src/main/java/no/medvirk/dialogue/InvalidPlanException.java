package no.medvirk.dialogue;

import java.util.List;

/** A plan, meeting or form refused, with every problem named in Norwegian. */
class InvalidPlanException extends RuntimeException {

    private final List<String> problems;

    InvalidPlanException(List<String> problems) {
        super(String.join(" ", problems));
        this.problems = List.copyOf(problems);
    }

    List<String> problems() {
        return problems;
    }
}
