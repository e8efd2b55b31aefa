package no.medvirk.message;

import java.time.LocalDate;
import java.util.Locale;
import no.medvirk.forms.Checks;

/**
 * What "Saker" and {@code GET /api/messages} were asked for, checked: a refusal names each parameter in
 * Norwegian (and never repeats its value). Empty parameters are no filter.
 */
record CaseQuery(String text, boolean openOnly, MessageStatus status, String unit, String subjectArea, Kind kind, Channel channel,
                 LocalDate from, LocalDate to, boolean overdueOnly, Sort sort, int page, int size) {

    static final int MAX_TEXT = 200;
    static final int MAX_SIZE = 200;
    static final int DEFAULT_SIZE = 25;

    /** The orders a result can be read in; the newest first unless asked otherwise. */
    enum Sort {
        RECEIVED_DESC("received_at desc, id desc", "Nyeste først"),
        RECEIVED("received_at, id", "Eldste først"),
        DEADLINE("contact_deadline, id", "Frist, tidligste først"),
        CASE_NUMBER("case_year desc, case_sequence desc", "Saksnummer, høyeste først");

        final String orderBy;
        final String label;

        Sort(String orderBy, String label) {
            this.orderBy = orderBy;
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** The parameters as asked, each a string until {@link #of} checks it; bound from the request by name. */
    record Asked(String q, String status, String unit, String subjectArea, String kind, String channel, String from,
                 String to, String overdue, String sort, String page, String size) {

        CaseQuery query() {
            return of(q, status, unit, subjectArea, kind, channel, from, to, overdue, sort, page, size);
        }
    }

    static CaseQuery of(String q, String status, String unit, String subjectArea, String kind, String channel,
                        String from, String to, String overdue, String sort, String page, String size) {
        Checks checks = new Checks();
        String text = blankToNull(q);
        if (text != null) {
            checks.text("q", text, "Søketeksten", MAX_TEXT);
        }
        // OPEN: every status but CLOSED, the work still to do.
        boolean open = "OPEN".equalsIgnoreCase(blankToNull(status));
        MessageStatus s = open ? null : choice(checks, "status", MessageStatus.class, status);
        Kind k = choice(checks, "kind", Kind.class, kind);
        Channel c = choice(checks, "channel", Channel.class, channel);
        LocalDate f = checks.date("from", blankToNull(from), "Skriv fra-datoen som ÅÅÅÅ-MM-DD, for eksempel 2026-01-31.");
        LocalDate t = checks.date("to", blankToNull(to), "Skriv til-datoen som ÅÅÅÅ-MM-DD, for eksempel 2026-12-31.");
        if (f != null && t != null && f.isAfter(t)) {
            checks.add("to", "Til-datoen kan ikke komme før fra-datoen.");
        }
        boolean overdueOnly = false;
        String o = blankToNull(overdue);
        if (o != null) {
            if (o.equals("true") || o.equals("false")) {
                overdueOnly = o.equals("true");
            } else {
                checks.add("overdue", "Skriv true (bare saker over fristen) eller false.");
            }
        }
        Sort so = Sort.RECEIVED_DESC;
        String sortName = blankToNull(sort);
        if (sortName != null) {
            try {
                so = Sort.valueOf(sortName.toUpperCase(Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                checks.add("sort", "Sorter etter received_desc, received, deadline eller case_number.");
            }
        }
        int p = number(checks, "page", page, 0, Integer.MAX_VALUE / MAX_SIZE,
                "Sidenummeret er et helt tall fra 0 og oppover.");
        int sz = number(checks, "size", size, 1, MAX_SIZE, "Sidestørrelsen er et helt tall fra 1 til " + MAX_SIZE + ".");
        checks.refuseIfAny();
        return new CaseQuery(text, open, s, blankToNull(unit), blankToNull(subjectArea), k, c, f, t, overdueOnly, so, p,
                size == null || size.isBlank() ? DEFAULT_SIZE : sz);
    }

    /** The same search from the first row, at most {@code rows} of it (a CSV file). */
    CaseQuery all(int rows) {
        return new CaseQuery(text, openOnly, status, unit, subjectArea, kind, channel, from, to, overdueOnly, sort, 0, rows);
    }

    int offset() {
        return page * size;
    }

    private static <E extends Enum<E>> E choice(Checks checks, String field, Class<E> type, String value) {
        String v = blankToNull(value);
        return v == null ? null : checks.choice(field, type, v.toUpperCase(Locale.ROOT));
    }

    private static int number(Checks checks, String field, String value, int min, int max, String refusal) {
        String v = blankToNull(value);
        if (v == null) {
            return min;
        }
        try {
            int n = Integer.parseInt(v);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        checks.add(field, refusal);
        return min;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
