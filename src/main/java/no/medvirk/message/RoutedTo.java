package no.medvirk.message;

import no.medvirk.forms.Labelled;

/** Who answers a message, as the routing decision says (M3). */
public enum RoutedTo implements Labelled {
    UNIT("Enhet"),
    MAYOR("Ordføreren"),
    EXTERNAL("Annen instans");

    private final String label;

    RoutedTo(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
