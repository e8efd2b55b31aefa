package no.medvirk.dialogue;

import no.medvirk.forms.Labelled;

/** Where a meeting stands. */
public enum MeetingStatus implements Labelled {
    PLANNED("Planlagt"),
    INVITED("Invitert"),
    HELD("Holdt"),
    CANCELLED("Avlyst");

    private final String label;

    MeetingStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
