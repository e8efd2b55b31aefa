package no.medvirk.message;

import java.time.Instant;

/**
 * One thing that happened to a case, as its page's timeline shows it: when, what (Norwegian), and more
 * about it (who, to whom, the outcome); {@code detail} may be null.
 */
public record CaseEvent(Instant at, String what, String detail) {
}
