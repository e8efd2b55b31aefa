package no.medvirk.message;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A message as the service centre's form, an API client or an intake channel gives it: text only,
 * checked here once for all of them, against the message table's columns and for characters no one
 * types, before anything is stored. Error messages never repeat what was typed: they reach logs and
 * screens that must not show personal data or unescaped text.
 */
public record MessageInput(String channel, String receivedAt, String text, String kind, String subjectArea,
                           Boolean political, Boolean external, SubmitterInput submitter) {

    public record SubmitterInput(String name, String address, String phone, String email) {

        @Override
        public String toString() {
            return "SubmitterInput[personal data]";
        }
    }

    static final int MAX_TEXT = 4000;
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ]{7,14}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    /** The checked values of a message. */
    record Checked(Channel channel, Instant receivedAt, String text, Kind kind, String subjectArea, boolean political,
                   boolean external, Submitter submitter) {
    }

    /**
     * @param registered whether the message must be classified (kind, subject area) already
     * @param subjectAreas the subject areas the routing decision knows
     * @throws InvalidInputException naming each field that is wrong
     */
    Checked check(boolean registered, List<String> subjectAreas, Instant now, ZoneId zone) {
        Map<String, String> errors = new HashMap<>();
        Channel checkedChannel = Fields.choice(Channel.class, channel, "channel", errors);
        if (checkedChannel == null && !errors.containsKey("channel")) {
            errors.put("channel", "Velg kanalen meldingen kom inn gjennom.");
        }
        Instant received = receivedAt(now, zone, errors);
        String checkedText = Fields.text(text);
        if (checkedText == null) {
            errors.put("text", "Skriv inn meldingen.");
        } else if (Fields.typed(checkedText, "text", "Meldingen", errors) && checkedText.length() > MAX_TEXT) {
            errors.put("text", "Meldingen kan være på høyst " + MAX_TEXT + " tegn (den har " + checkedText.length() + ").");
        }
        Kind checkedKind = Fields.choice(Kind.class, kind, "kind", errors);
        String area = Fields.text(subjectArea);
        if (area != null && !subjectAreas.contains(area)) {
            errors.put("subjectArea", "Emnet finnes ikke i rutingstabellen. Gyldige emner: "
                    + String.join(", ", subjectAreas) + ".");
        }
        if (registered && checkedKind == null && !errors.containsKey("kind")) {
            errors.put("kind", "Velg type melding: spørsmål, forslag, klage eller ros.");
        }
        if (registered && area == null) {
            errors.put("subjectArea", "Velg emnet meldingen gjelder.");
        }
        Submitter checkedSubmitter = submitter(errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new Checked(checkedChannel, received, checkedText, checkedKind, area, Boolean.TRUE.equals(political),
                Boolean.TRUE.equals(external), checkedSubmitter);
    }

    private Instant receivedAt(Instant now, ZoneId zone, Map<String, String> errors) {
        String value = Fields.text(receivedAt);
        if (value == null) {
            return now;
        }
        Instant received;
        try {
            if (value.length() == 10) {
                received = LocalDate.parse(value).atStartOfDay(zone).toInstant();
            } else if (value.endsWith("Z") || value.matches(".*[+-]\\d{2}:\\d{2}$")) {
                received = OffsetDateTime.parse(value).toInstant();
            } else {
                received = LocalDateTime.parse(value).atZone(zone).toInstant();
            }
        } catch (DateTimeException e) {
            errors.put("receivedAt", "Mottatt må være en dato, for eksempel 2026-11-22.");
            return null;
        }
        if (received.isAfter(now)) {
            errors.put("receivedAt", "Mottatt-datoen kan ikke være fram i tid.");
        }
        return received;
    }

    private Submitter submitter(Map<String, String> errors) {
        if (submitter == null) {
            return Submitter.ANONYMOUS;
        }
        String name = Fields.text(submitter.name());
        String address = Fields.text(submitter.address());
        String phone = Fields.text(submitter.phone());
        String email = Fields.text(submitter.email());
        if (Fields.typed(name, "submitter.name", "Navnet", errors) && name != null && name.length() > 200) {
            errors.put("submitter.name", "Navnet kan være på høyst 200 tegn.");
        }
        if (Fields.typed(address, "submitter.address", "Adressen", errors) && address != null
                && address.length() > 300) {
            errors.put("submitter.address", "Adressen kan være på høyst 300 tegn.");
        }
        if (Fields.typed(phone, "submitter.phone", "Telefonnummeret", errors) && phone != null
                && !PHONE.matcher(phone).matches()) {
            errors.put("submitter.phone", "Telefonnummeret må ha 8 siffer, gjerne med +47 foran.");
        }
        if (Fields.typed(email, "submitter.email", "E-postadressen", errors) && email != null
                && (email.length() > 320 || !EMAIL.matcher(email).matches())) {
            errors.put("submitter.email", "E-postadressen er ikke gyldig.");
        }
        return new Submitter(name, address, phone, email);
    }
}
