package no.medvirk.forms;

/**
 * Reading what forms and API clients send: blank is absent, yes and no as a checkbox, a radio or a
 * client gives them, ids as the engine gives them back, and free text only of characters a person
 * types.
 */
public final class Fields {

    private static final int REPLACEMENT = 0xFFFD;

    private Fields() {
    }

    /** The text without surrounding blanks; null when there is none. */
    public static String text(Object value) {
        if (value == null) {
            return null;
        }
        String text = value.toString().strip();
        return text.isEmpty() ? null : text;
    }

    /** Form checkboxes and radios send "true"/"false", API clients booleans; absent, or anything else, is null. */
    public static Boolean yesNo(Object value) {
        if (value instanceof Boolean b) {
            return b;
        }
        String text = text(value);
        if ("true".equalsIgnoreCase(text)) {
            return true;
        }
        return "false".equalsIgnoreCase(text) ? false : null;
    }

    /**
     * A record's id kept in a process variable. A long set by Java comes back as a long, but one that
     * went through JSON (a multi-instance element of a list of ids) as an integer; null when none.
     */
    public static Long id(Object value) {
        return value instanceof Number number ? number.longValue() : null;
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
}
