package no.medvirk.message;

import no.medvirk.forms.Labelled;

/** How the submitter took the municipality's answer (M6). */
public enum Satisfaction implements Labelled {
    SATISFIED("Fornøyd"),
    PARTLY("Delvis fornøyd"),
    DISSATISFIED("Ikke fornøyd");

    private final String label;

    Satisfaction(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
