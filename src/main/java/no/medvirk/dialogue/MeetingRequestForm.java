package no.medvirk.dialogue;

import no.medvirk.forms.Checks;
import no.medvirk.forms.InvalidInputException;

/** The start form of a request for a meeting (request-dialogue-meeting). */
record MeetingRequestForm(String requestedBy, String contactEmail, String topic, String wishedPeriod) {

    /** @throws InvalidInputException when who asks, the topic or the period is missing, or a text does not fit */
    void check() {
        Checks checks = new Checks();
        if (requestedBy == null || topic == null || wishedPeriod == null) {
            checks.add("topic", "Skriv hvem som ber om møtet, temaet og ønsket tidsrom.");
        }
        checks.text("requestedBy", requestedBy, "«Hvem ber om møtet?»", TextLimits.NAME);
        checks.text("contactEmail", contactEmail, "E-postadressen", TextLimits.EMAIL);
        checks.text("topic", topic, "Temaet", TextLimits.TEXT);
        checks.text("wishedPeriod", wishedPeriod, "Ønsket tidsrom", TextLimits.WISHED_PERIOD);
        checks.refuseIfAny();
    }

    @Override
    public String toString() {
        return "MeetingRequestForm[who asks and their address]";
    }
}
