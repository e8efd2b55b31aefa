package no.medvirk.message;

import no.medvirk.forms.Labelled;

/** What a message is (M2). */
public enum Kind implements Labelled {
    QUESTION("Spørsmål"),
    SUGGESTION("Forslag"),
    COMPLAINT("Klage"),
    PRAISE("Ros");

    private final String label;

    Kind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
