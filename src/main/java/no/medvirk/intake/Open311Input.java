package no.medvirk.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import no.medvirk.forms.Fields;
import no.medvirk.message.MessageInput;
import no.medvirk.message.MessageInput.PlaceInput;
import no.medvirk.message.MessageInput.SubmitterInput;

/**
 * An Open311 POST requests as it came, checked once before anything is stored: Open311's own
 * fields against their columns and for characters no one types. The fields it shares with every
 * message (description, where, the picture's link, name, phone, e-mail) go on to the message
 * check. Every problem is named, never with its value.
 */
record Open311Input(Double lat, Double lon, String address, String mediaUrl, String deviceId, String accountId,
                    String description, String name, String phone, String email) {

    /** Decimal degrees as the spec's example writes them; no NaN, Infinity, exponents or hex. */
    private static final Pattern WEB_ADDRESS = Pattern.compile("(?i)https?://[^\\s<>\"]+");
    private static final Pattern DEGREES = Pattern.compile("[+-]?\\d{1,3}(\\.\\d{1,17})?");

    /** @throws Open311Requests.Refused 400 with every problem found */
    static Open311Input of(Map<String, String> p, boolean requireLocation) {
        List<String> problems = new ArrayList<>();
        Double lat = coordinate(p, "lat", 90, problems);
        Double lon = coordinate(p, "long", 180, problems);
        String address = ownField(p, "address_string", 300, problems);
        String mediaUrl = ownField(p, "media_url", 500, problems);
        if (mediaUrl != null && !WEB_ADDRESS.matcher(mediaUrl).matches()) {
            problems.add("media_url must be an http or https URL");
        }
        String deviceId = ownField(p, "device_id", 100, problems);
        String accountId = ownField(p, "account_id", 100, problems);
        if ((value(p, "lat") == null) != (value(p, "long") == null)) {
            problems.add("lat and long must be given together");
        }
        if (requireLocation && value(p, "lat") == null && address == null && value(p, "address_id") == null) {
            problems.add("a location is required: lat and long, address_string or address_id");
        }
        String description = value(p, "description");
        if (description == null) {
            problems.add("description is required: what the request is about");
        }
        if (!problems.isEmpty()) {
            throw new Open311Requests.Refused(400, problems);
        }
        String name = Stream.of(value(p, "first_name"), value(p, "last_name")).filter(Objects::nonNull)
                .reduce((a, b) -> a + " " + b).orElse(null);
        return new Open311Input(lat, lon, address, mediaUrl, deviceId, accountId, description, name,
                value(p, "phone"), value(p, "email"));
    }

    /** The message for the service centre: the description, where, and the link to the picture (never fetched). */
    MessageInput message(String subjectArea) {
        return new MessageInput("OPEN311", null, description, null, subjectArea, false, false,
                new SubmitterInput(name, null, phone, email), new PlaceInput(address, lat, lon), mediaUrl);
    }

    private static String ownField(Map<String, String> p, String name, int maxLength, List<String> problems) {
        String value = value(p, name);
        if (Fields.hasForbiddenCharacters(value)) {
            problems.add(name + " must not hold control characters or bytes that are not UTF-8");
        } else if (value != null && value.length() > maxLength) {
            problems.add(name + " must be at most " + maxLength + " characters");
        }
        return value;
    }

    private static Double coordinate(Map<String, String> p, String name, int limit, List<String> problems) {
        String value = value(p, name);
        if (value == null) {
            return null;
        }
        if (!DEGREES.matcher(value).matches()) {
            problems.add(name + " must be a decimal number (WGS84), like 59.0533");
            return null;
        }
        double degrees = Double.parseDouble(value);
        if (Math.abs(degrees) > limit) {
            problems.add(name + " must be between -" + limit + " and " + limit);
            return null;
        }
        return degrees;
    }

    private static String value(Map<String, String> p, String name) {
        String value = p.get(name);
        return value == null || value.isBlank() ? null : value.strip();
    }
}
