package no.medvirk.forms;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What is wrong with one input, field by field, in Norwegian; {@link #refuseIfAny} refuses it whole,
 * so that the user hears every problem at once. Messages name the field's subject ("Svaret"),
 * never what was typed.
 */
public final class Checks {

    private final Map<String, String> errors = new LinkedHashMap<>();

    /** A refusal of the field; a second one for the same field is added to the first. */
    public void add(String field, String message) {
        errors.merge(field, message, (first, more) -> first.contains(more) ? first : first + " " + more);
    }

    public boolean has(String field) {
        return errors.containsKey(field);
    }

    public void required(String field, Object value, String ifMissing) {
        if (value == null && !has(field)) {
            add(field, ifMissing);
        }
    }

    /**
     * A free text that goes into a column of {@code maxLength} characters: only characters a person
     * types, and no longer than that.
     */
    public void text(String field, String text, String subject, int maxLength) {
        if (typed(field, text, subject) && text != null && text.length() > maxLength) {
            add(field, subject + " kan være på høyst " + maxLength + " tegn.");
        }
    }

    /** True when the text holds only characters a person types; otherwise false, with the field refused. */
    public boolean typed(String field, String text, String subject) {
        if (!Fields.hasForbiddenCharacters(text)) {
            return true;
        }
        add(field, subject + " inneholder tegn som ikke kan lagres (usynlige kontrolltegn eller tegn som "
                + "ikke kunne leses). Fjern dem og prøv igjen.");
        return false;
    }

    /** The constant the value names; null when there is no value, or with the field refused when it names none. */
    public <E extends Enum<E>> E choice(String field, Class<E> type, String value) {
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            add(field, "Ugyldig valg. Gyldige valg: "
                    + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")) + ".");
            return null;
        }
    }

    /**
     * A date as a form's date field gives it (2027-05-12, or with a time after it); null when there is
     * none, or with the field refused when it is no date.
     */
    public LocalDate date(String field, String value, String ifInvalid) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value);
        } catch (DateTimeException e) {
            add(field, ifInvalid);
            return null;
        }
    }

    /** @throws InvalidInputException naming each refused field, when there is one */
    public void refuseIfAny() {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
