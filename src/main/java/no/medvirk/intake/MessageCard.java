package no.medvirk.intake;

import no.medvirk.message.MessageInput;
import no.medvirk.message.MessageInput.SubmitterInput;

/**
 * What a citizen fills in on the public message card. {@code website} is the honeypot: hidden from
 * people (and from screen readers), filled in only by scripts that fill in every field.
 */
record MessageCard(String text, String kind, String subjectArea, String name, String address, String phone,
                   String email, String website) {

    static MessageCard empty() {
        return new MessageCard("", "", "", "", "", "", "", "");
    }

    boolean fromScript() {
        return website != null && !website.isBlank();
    }

    MessageInput toInput() {
        return new MessageInput("WEB", null, text, blankToNull(kind), blankToNull(subjectArea), false, false,
                new SubmitterInput(name, address, phone, email));
    }

    boolean gaveEmail() {
        return email != null && !email.isBlank();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    @Override
    public String toString() {
        return "MessageCard[personal data]";
    }
}
