package no.medvirk.dialogue;

import no.medvirk.forms.Labelled;

/** Where a year's plan stands. */
public enum PlanStatus implements Labelled {
    PLANNING("Under planlegging"),
    APPROVED("Vedtatt"),
    MEETINGS_DONE("Møtene er holdt"),
    DECIDED("Behandlet"),
    EVALUATED("Evaluert");

    private final String label;

    PlanStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
