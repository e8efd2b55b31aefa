package no.medvirk.duelist;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import no.medvirk.message.Dates;
import no.medvirk.organisation.Organisation;

/** A due list's entries in the words users read: names for codes, Norwegian dates. */
final class DueListRows {

    /** One message on a list, ready to print. */
    record Row(String caseNumber, String responsible, String registered, String deadline, String caseworker,
               int callAttempts, int daysOverdue, int timesOverdue, String casePath) {
    }

    private DueListRows() {
    }

    static List<Row> of(List<DueListEntry> entries, Organisation organisation, ZoneId zone) {
        return entries.stream().map(e -> new Row(e.getCaseNumber(), responsibleName(e.getResponsible(), organisation),
                day(e.getRegisteredAt(), zone), day(e.getContactDeadline(), zone),
                e.getCaseworker() == null ? "ikke fordelt"
                        : organisation.person(e.getCaseworker()).map(Organisation.Person::fullName).orElse(e.getCaseworker()),
                e.getCallAttempts(), e.getDaysOverdue(), e.getTimesOverdue(), "/sak/" + e.getCaseNumber())).toList();
    }

    static String responsibleName(String responsible, Organisation organisation) {
        return switch (responsible) {
            case DueListEntry.MAYOR -> organisation.mayor().name();
            case DueListMaking.SERVICE_CENTRE -> organisation.serviceCentre().name();
            default -> organisation.unit(responsible).map(Organisation.Unit::name).orElse(responsible);
        };
    }

    /** A Markdown table for a task form (form-js renders Markdown in text fields). */
    static String markdown(List<Row> rows) {
        if (rows.isEmpty()) {
            return "*Ingen meldinger.*";
        }
        StringBuilder table = new StringBuilder(
                "| Sak | Ansvarlig | Registrert | Frist | Saksbehandler | Forsøk | Dager over frist | Ganger på restanseliste |\n"
                        + "|---|---|---|---|---|---|---|---|\n");
        for (Row r : rows) {
            table.append("| [").append(r.caseNumber()).append("](").append(r.casePath()).append(") | ")
                    .append(r.responsible()).append(" | ").append(r.registered()).append(" | ").append(r.deadline())
                    .append(" | ").append(r.caseworker()).append(" | ").append(r.callAttempts()).append(" | ")
                    .append(r.daysOverdue()).append(" | ").append(r.timesOverdue()).append(" |\n");
        }
        return table.toString();
    }

    private static String day(Instant instant, ZoneId zone) {
        return instant == null ? "" : Dates.day(instant, zone);
    }
}
