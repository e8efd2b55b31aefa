package no.medvirk.dialogue;

import no.medvirk.forms.Labelled;

/**
 * The elected bodies that treat the year's summary (D7), in their order: the committee, then the
 * council that decides. Their names are the organisation file's ({@code bodies}); the labels are
 * what a body is called when no name is at hand.
 */
public enum Body implements Labelled {
    COMMITTEE("Utvalget"),
    COUNCIL("Organet som vedtar saken");

    private final String label;

    Body(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
