package no.medvirk.dialogue;

import no.medvirk.forms.Labelled;

/** How an input from a meeting is followed up (D8). */
public enum FollowUpStatus implements Labelled {
    OPEN("Ikke fulgt opp"),
    PLANNED("Planlagt"),
    IN_PROGRESS("I gang"),
    DONE("Gjennomført"),
    NOT_RELEVANT("Ikke aktuelt");

    private final String label;

    FollowUpStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
