package no.medvirk.intake;

import no.medvirk.forms.Fields;
import no.medvirk.message.MessageInput;
import no.medvirk.message.MessageInput.PlaceInput;
import no.medvirk.message.MessageInput.SubmitterInput;

/** What a citizen fills in on the public message card; {@code website} is the honeypot ({@link PublicForms}). */
record MessageCard(String text, String kind, String subjectArea, String placeText, String placeLat, String placeLon,
                   String name, String address, String phone, String email, String website)
        implements PublicForms.WithHoneypot {

    static MessageCard empty() {
        return new MessageCard("", "", "", "", "", "", "", "", "", "", "");
    }

    MessageInput toInput() {
        return new MessageInput("WEB", null, text, blankToNull(kind), blankToNull(subjectArea), false, false,
                new SubmitterInput(name, address, phone, email),
                new PlaceInput(placeText, degrees(placeLat), degrees(placeLon)), null);
    }

    /** The card as typed without the characters the message check refuses, for the citizen to send again. */
    MessageCard withoutForbiddenCharacters() {
        return new MessageCard(Fields.withoutForbiddenCharacters(text), Fields.withoutForbiddenCharacters(kind),
                Fields.withoutForbiddenCharacters(subjectArea), Fields.withoutForbiddenCharacters(placeText),
                Fields.withoutForbiddenCharacters(placeLat), Fields.withoutForbiddenCharacters(placeLon),
                Fields.withoutForbiddenCharacters(name),
                Fields.withoutForbiddenCharacters(address), Fields.withoutForbiddenCharacters(phone),
                Fields.withoutForbiddenCharacters(email), Fields.withoutForbiddenCharacters(website));
    }

    boolean gaveEmail() {
        return email != null && !email.isBlank();
    }

    /** A coordinate the map's script wrote; what is no number is NaN, which the message check refuses. */
    private static Double degrees(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Double.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    @Override
    public String toString() {
        return "MessageCard[personal data]";
    }
}
