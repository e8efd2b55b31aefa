package no.medvirk.message;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * Where the problem a message is about is: an address or place name, a point (WGS84) marked on a map, or
 * both; every part optional. The submitter's personal data (a place can say where they live), removed at
 * retention; the district it lies in is kept apart on the message, for the statistics.
 */
@Embeddable
public record Place(
        @Column(name = "place_text") String text,
        @Column(name = "place_lat") Double lat,
        @Column(name = "place_lon") Double lon) {

    public static final Place NONE = new Place(null, null, null);

    public boolean hasPoint() {
        return lat != null && lon != null;
    }

    public boolean isEmpty() {
        return text == null && !hasPoint();
    }

    /** The point as a person reads it, "59.05330, 10.02690", or null. */
    public String pointText() {
        return hasPoint() ? String.format(java.util.Locale.ROOT, "%.5f, %.5f", lat, lon) : null;
    }

    /** The place in one line: the text, the point, or both. */
    public String describe() {
        if (text != null && hasPoint()) {
            return text + " (" + pointText() + ")";
        }
        return text != null ? text : pointText();
    }

    // Never the values: a record's toString ends up in logs.
    @Override
    public String toString() {
        return "Place[personal data]";
    }
}
