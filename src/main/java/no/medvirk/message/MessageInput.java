package no.medvirk.message;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.regex.Pattern;
import no.medvirk.forms.Checks;
import no.medvirk.forms.Fields;
import no.medvirk.forms.InvalidInputException;

/**
 * A message as the service centre's form, an API client or an intake channel gives it: text only,
 * checked here once for all of them, against the message table's columns and for characters no one
 * types, before anything is stored. Error messages never repeat what was typed: they reach logs and
 * screens that must not show personal data or unescaped text.
 */
public record MessageInput(String channel, String receivedAt, String text, String kind, String subjectArea,
                           Boolean political, Boolean external, SubmitterInput submitter, PlaceInput place,
                           String mediaUrl) {

    /** A message without a place. */
    public MessageInput(String channel, String receivedAt, String text, String kind, String subjectArea,
                        Boolean political, Boolean external, SubmitterInput submitter) {
        this(channel, receivedAt, text, kind, subjectArea, political, external, submitter, null, null);
    }

    /**
     * Where the problem is, apart from the submitter's own address: an address or place name, a point in
     * WGS84 decimal degrees, or both; all optional.
     */
    public record PlaceInput(String text, Double lat, Double lon) {

        @Override
        public String toString() {
            return "PlaceInput[personal data]";
        }
    }

    public record SubmitterInput(String name, String address, String phone, String email) {

        @Override
        public String toString() {
            return "SubmitterInput[personal data]";
        }
    }

    static final int MAX_TEXT = 4000;
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ]{7,14}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    /** A link staff may follow: http(s) only, so that no javascript: or data: address becomes a link. */
    private static final Pattern MEDIA_URL = Pattern.compile("(?i)https?://[^\\s<>\"]+");

    /** The checked values of a message. */
    record Checked(Channel channel, Instant receivedAt, String text, Kind kind, String subjectArea, boolean political,
                   boolean external, Submitter submitter, Place place, String mediaUrl) {
    }

    /**
     * @param registered whether the message must be classified (kind, subject area) already
     * @param subjectAreas the subject areas the routing decision knows
     * @throws InvalidInputException naming each field that is wrong
     */
    Checked check(boolean registered, List<String> subjectAreas, Instant now, ZoneId zone) {
        Checks checks = new Checks();
        Channel checkedChannel = checks.choice("channel", Channel.class, Fields.text(channel));
        checks.required("channel", checkedChannel, "Velg kanalen meldingen kom inn gjennom.");
        Instant received = receivedAt(now, zone, checks);
        String checkedText = Fields.text(text);
        checks.required("text", checkedText, "Skriv inn meldingen.");
        if (checks.typed("text", checkedText, "Meldingen") && checkedText != null && checkedText.length() > MAX_TEXT) {
            checks.add("text", "Meldingen kan være på høyst " + MAX_TEXT + " tegn (den har " + checkedText.length() + ").");
        }
        Kind checkedKind = checks.choice("kind", Kind.class, Fields.text(kind));
        String area = Fields.text(subjectArea);
        if (area != null && !subjectAreas.contains(area)) {
            checks.add("subjectArea", "Emnet finnes ikke i rutingstabellen. Gyldige emner: "
                    + String.join(", ", subjectAreas) + ".");
        }
        if (registered) {
            checks.required("kind", checkedKind, "Velg type melding: spørsmål, forslag, klage eller ros.");
            checks.required("subjectArea", area, "Velg emnet meldingen gjelder.");
        }
        Submitter checkedSubmitter = submitter(checks);
        Place checkedPlace = place(checks);
        String link = Fields.text(mediaUrl);
        if (checks.typed("mediaUrl", link, "Lenken til bildet") && link != null
                && (link.length() > 500 || !MEDIA_URL.matcher(link).matches())) {
            checks.add("mediaUrl", "Lenken til bildet må være en nettadresse som begynner med https:// eller http://, "
                    + "på høyst 500 tegn.");
        }
        checks.refuseIfAny();
        return new Checked(checkedChannel, received, checkedText, checkedKind, area, Boolean.TRUE.equals(political),
                Boolean.TRUE.equals(external), checkedSubmitter, checkedPlace, link);
    }

    private Instant receivedAt(Instant now, ZoneId zone, Checks checks) {
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
            checks.add("receivedAt", "Mottatt må være en dato, for eksempel 2026-11-22.");
            return null;
        }
        if (received.isAfter(now)) {
            checks.add("receivedAt", "Mottatt-datoen kan ikke være fram i tid.");
        }
        return received;
    }

    private Submitter submitter(Checks checks) {
        if (submitter == null) {
            return Submitter.ANONYMOUS;
        }
        String name = Fields.text(submitter.name());
        String address = Fields.text(submitter.address());
        String phone = Fields.text(submitter.phone());
        String email = Fields.text(submitter.email());
        checks.text("submitter.name", name, "Navnet", 200);
        checks.text("submitter.address", address, "Adressen", 300);
        if (checks.typed("submitter.phone", phone, "Telefonnummeret") && phone != null
                && !PHONE.matcher(phone).matches()) {
            checks.add("submitter.phone", "Telefonnummeret må ha 8 siffer, gjerne med +47 foran.");
        }
        if (checks.typed("submitter.email", email, "E-postadressen") && email != null
                && (email.length() > 320 || !EMAIL.matcher(email).matches())) {
            checks.add("submitter.email", "E-postadressen er ikke gyldig.");
        }
        return new Submitter(name, address, phone, email);
    }

    private Place place(Checks checks) {
        if (place == null) {
            return Place.NONE;
        }
        String text = Fields.text(place.text());
        checks.text("place.text", text, "Stedet", 300);
        Double lat = place.lat();
        Double lon = place.lon();
        if ((lat == null) != (lon == null)) {
            checks.add("place.lat", "Et punkt på kartet trenger både breddegrad og lengdegrad.");
        } else if (lat != null && (!Double.isFinite(lat) || Math.abs(lat) > 90 || !Double.isFinite(lon)
                || Math.abs(lon) > 180)) {
            checks.add("place.lat", "Punktet på kartet er ikke et gyldig sted (breddegrad −90 til 90, lengdegrad −180 "
                    + "til 180).");
        }
        return new Place(text, lat, lon);
    }
}
