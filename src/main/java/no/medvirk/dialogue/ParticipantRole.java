package no.medvirk.dialogue;

import no.medvirk.forms.Labelled;

/** D2, D4: why someone takes part in a dialogue meeting; invitations and the attendance list name it. */
public enum ParticipantRole implements Labelled {
    LEADER("Gruppens leder"),
    POLITICIAN("Politiker i gruppen"),
    COORDINATOR("Koordinator"),
    UNIT_LEADER("Enhetsleder"),
    ADMINISTRATION("Administrasjonen");

    private final String label;

    ParticipantRole(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
