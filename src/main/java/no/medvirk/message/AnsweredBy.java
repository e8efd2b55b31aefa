package no.medvirk.message;

import no.medvirk.forms.Labelled;

/** How a message was answered, in the words of Noark's "besvart på telefon" and so on (M8). */
public enum AnsweredBy implements Labelled {
    PHONE("Besvart på telefon"),
    LETTER("Besvart med brev"),
    EMAIL("Besvart med e-post"),
    POLITICAL("Tatt opp politisk"),
    NOT_REACHED("Ikke nådd – kort sendt"),
    NONE("Ikke mulig å svare"),
    PASSED_ON("Sendt videre til enheten"),
    /** Closed as a report of another case: its submitter gets that case's answer. */
    DUPLICATE("Slått sammen med en annen sak"),
    /** The submitter withdrew the message on their own page before it was answered. */
    WITHDRAWN("Trukket av innmelder");

    private final String label;

    AnsweredBy(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
