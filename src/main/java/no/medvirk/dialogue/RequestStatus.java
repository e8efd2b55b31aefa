package no.medvirk.dialogue;

import no.medvirk.forms.Labelled;

/** Where a request for a meeting outside the plan stands (D10). */
public enum RequestStatus implements Labelled {
    REQUESTED("Til vurdering"),
    ACCEPTED("Innvilget"),
    DECLINED("Avslått");

    private final String label;

    RequestStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
