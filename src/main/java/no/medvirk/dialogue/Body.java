package no.medvirk.dialogue;

import no.medvirk.forms.Labelled;

/** The elected bodies that treat the year's summary (D7). */
public enum Body implements Labelled {
    COMMITTEE("Utvalget"),
    COUNCIL("Kommunestyret");

    private final String label;

    Body(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
