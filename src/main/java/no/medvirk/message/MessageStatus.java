package no.medvirk.message;

import no.medvirk.forms.Labelled;

/** Where a message stands in its lifecycle. */
public enum MessageStatus implements Labelled {
    RECEIVED("Mottatt, ikke registrert"),
    REGISTERED("Registrert"),
    FORWARDED("Videresendt"),
    ASSIGNED("Hos saksbehandler"),
    CARD_SENT("Kontaktkort sendt"),
    CONTACTED("Innmelder kontaktet"),
    CLOSED("Avsluttet");

    private final String label;

    MessageStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
