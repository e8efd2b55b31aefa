package no.medvirk.message;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

/** Reading what forms and API clients send: blank is absent, enumerations by their names. */
final class Fields {

    private Fields() {
    }

    static String text(Object value) {
        if (value == null) {
            return null;
        }
        String text = value.toString().strip();
        return text.isEmpty() ? null : text;
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
