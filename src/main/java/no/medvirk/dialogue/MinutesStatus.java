package no.medvirk.dialogue;

import no.medvirk.forms.Labelled;

/** Where a meeting's minutes stand. */
public enum MinutesStatus implements Labelled {
    NONE("Ikke skrevet"),
    SUBMITTED("Til godkjenning"),
    RETURNED("Sendt tilbake"),
    APPROVED("Godkjent");

    private final String label;

    MinutesStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
