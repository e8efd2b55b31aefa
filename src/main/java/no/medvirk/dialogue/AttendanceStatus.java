package no.medvirk.dialogue;

import no.medvirk.forms.Labelled;

/** D5: how a participant attended a dialogue meeting. */
public enum AttendanceStatus implements Labelled {
    PRESENT("Til stede"),
    ABSENT("Ikke til stede"),
    SUBSTITUTE("Vara");

    private final String label;

    AttendanceStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
