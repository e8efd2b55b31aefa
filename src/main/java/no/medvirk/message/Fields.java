package no.medvirk.message;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reading what forms and API clients send: blank is absent, enumerations by their names, and free
 * text only of characters a person types.
 */
public final class Fields {

    private static final int REPLACEMENT = 0xFFFD;

    private Fields() {
    }

    static String text(Object value) {
        if (value == null) {
            return null;
        }
        String text = value.toString().strip();
        return text.isEmpty() ? null : text;
    }

    /**
     * Whether a free text holds a character no one types: a control character other than tab, line
     * feed and carriage return (PostgreSQL refuses NUL, XML refuses them all), the replacement
     * character (what a form's bytes that were not UTF-8 became), a non-character or half a
     * surrogate pair.
     */
    public static boolean hasForbiddenCharacters(String text) {
        return text != null && text.codePoints().anyMatch(Fields::forbidden);
    }

    /** The text without those characters: what a person typed, to look over and send again. */
    public static String withoutForbiddenCharacters(String text) {
        if (!hasForbiddenCharacters(text)) {
            return text;
        }
        StringBuilder kept = new StringBuilder(text.length());
        text.codePoints().filter(c -> !forbidden(c)).forEach(kept::appendCodePoint);
        return kept.toString();
    }

    private static boolean forbidden(int c) {
        int type = Character.getType(c);
        return type == Character.CONTROL && c != '\t' && c != '\n' && c != '\r'
                || type == Character.SURROGATE || c == REPLACEMENT || c == 0xFFFE || c == 0xFFFF;
    }

    /**
     * True when the text holds only characters a person types; otherwise false, with the field's
     * refusal naming {@code subject} ("Navnet"), never the text.
     */
    static boolean typed(String text, String field, String subject, Map<String, String> errors) {
        if (!hasForbiddenCharacters(text)) {
            return true;
        }
        errors.put(field, subject + " inneholder tegn som ikke kan lagres (usynlige kontrolltegn eller tegn som "
                + "ikke kunne leses). Fjern dem og prøv igjen.");
        return false;
    }

    /** The value, or null with an error for the field when it names no constant. */
    static <E extends Enum<E> & Labelled> E choice(Class<E> type, Object value, String field,
                                                   Map<String, String> errors) {
        String name = text(value);
        if (name == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            errors.put(field, "Ugyldig valg. Gyldige valg: "
                    + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")) + ".");
            return null;
        }
    }

    /** Form checkboxes and radios send "true"/"false", API clients booleans; absent is null. */
    static Boolean yesNo(Object value) {
        if (value instanceof Boolean b) {
            return b;
        }
        String text = text(value);
        return text == null ? null : Boolean.valueOf(text);
    }
}
