package no.medvirk.duelist;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import no.medvirk.organisation.Organisation;
import no.medvirk.time.Dates;

/** A due list's entries in the words users read: names for codes, Norwegian dates. */
final class DueListRows {

    /** One message on a list, ready to print. */
    record Row(String caseNumber, String responsible, String registered, String deadline, String caseworker,
               int callAttempts, int daysOverdue, int timesOverdue, String casePath) {
    }

    /** Room for the note on the rows left out. */
    private static final int MORE_NOTE = 80;

    private DueListRows() {
    }

    static List<Row> of(List<DueListEntry> entries, Organisation organisation, ZoneId zone) {
        return entries.stream().map(e -> new Row(e.getCaseNumber(), responsibleName(e.getResponsible(), organisation),
                day(e.getRegisteredAt(), zone), day(e.getContactDeadline(), zone),
                e.getCaseworker() == null ? "ikke fordelt"
                        : organisation.personName(e.getCaseworker()),
                e.getCallAttempts(), e.getDaysOverdue(), e.getTimesOverdue(), "/sak/" + e.getCaseNumber())).toList();
    }

    static String responsibleName(String responsible, Organisation organisation) {
        return switch (responsible) {
            case DueListEntry.MAYOR -> organisation.mayor().name();
            case DueListMaking.SERVICE_CENTRE -> organisation.serviceCentre().name();
            default -> organisation.unitName(responsible);
        };
    }

    /**
     * A Markdown table for a task form (form-js renders Markdown in text fields), of at most
     * {@code maxChars} characters: the engine stores a text variable of up to 4000. A longer list
     * shows its first rows and says how many more the PDF and CSV hold.
     */
    static String markdown(List<Row> rows, int maxChars) {
        if (rows.isEmpty()) {
            return "*Ingen meldinger.*";
        }
        StringBuilder table = new StringBuilder(
                "| Sak | Ansvarlig | Registrert | Frist | Saksbehandler | Forsøk | Dager over frist | Ganger på restanseliste |\n"
                        + "|---|---|---|---|---|---|---|---|\n");
        int shown = 0;
        for (Row r : rows) {
            String line = "| [" + r.caseNumber() + "](" + r.casePath() + ") | " + r.responsible() + " | "
                    + r.registered() + " | " + r.deadline() + " | " + r.caseworker() + " | " + r.callAttempts()
                    + " | " + r.daysOverdue() + " | " + r.timesOverdue() + " |\n";
            if (table.length() + line.length() + MORE_NOTE > maxChars) {
                break;
            }
            table.append(line);
            shown++;
        }
        if (shown < rows.size()) {
            table.append("\n*… og ").append(rows.size() - shown).append(" meldinger til: se hele listen som PDF eller CSV.*");
        }
        return table.toString();
    }

    private static String day(Instant instant, ZoneId zone) {
        return instant == null ? "" : Dates.day(instant, zone);
    }
}
