package no.medvirk.message;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A message's case number, {@code YY/N}: the year's last two digits and its sequence in that year. */
public record CaseNumber(int year, int sequence) {

    private static final Pattern FORMAT = Pattern.compile("(\\d{2})/(\\d+)");

    public static CaseNumber parse(String yy, String n) {
        return parse(yy + "/" + n);
    }

    /** @throws IllegalArgumentException for anything but YY/N */
    public static CaseNumber parse(String text) {
        Matcher m = FORMAT.matcher(text == null ? "" : text);
        if (!m.matches()) {
            throw new IllegalArgumentException("A case number looks like 26/1380, not '" + text + "'");
        }
        return new CaseNumber(2000 + Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    @Override
    public String toString() {
        return String.format("%02d/%d", year % 100, sequence);
    }
}
