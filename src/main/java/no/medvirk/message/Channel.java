package no.medvirk.message;

import no.medvirk.forms.Labelled;

/** Where a message came in (M1). */
public enum Channel implements Labelled {
    CARD("Meldingskort"),
    LETTER("Brev"),
    FAX("Faks"),
    EMAIL("E-post"),
    WEB("Nettskjema"),
    PHONE("Telefon"),
    IN_PERSON("Oppmøte"),
    OPEN311("App (Open311)");

    private final String label;

    Channel(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
