package no.medvirk.report;

import static no.medvirk.report.ReportTables.day;
import static no.medvirk.report.ReportTables.decimal;
import static no.medvirk.report.ReportTables.number;
import static no.medvirk.report.ReportTables.percent;

/** The report's figures said in a few sentences: the summary and the first draft of the assessment. */
final class Summaries {

    private Summaries() {
    }

    /** @param when "I 2026", "I perioden": how the text starts */
    static String facts(String when, Statistics s) {
        StringBuilder text = new StringBuilder(when + " kom det inn " + number(s.intake().total()) + " meldinger.");
        if (!s.intake().peaks().isEmpty()) {
            Statistics.Day peak = s.intake().peaks().get(0);
            text.append(" Flest kom ").append(day(peak.day())).append(", med ").append(number(peak.count())).append('.');
        }
        Statistics.KindBalance k = s.kinds();
        text.append(" Det var ").append(number(k.complaints())).append(" klager og ").append(number(k.praise()))
                .append(" ros");
        if (k.complaintsPerPraise() != null) {
            text.append(" (").append(decimal(k.complaintsPerPraise())).append(" klager per ros)");
        }
        text.append("; ").append(percent(k.questionsAndSuggestionsShare())).append(" var spørsmål og forslag.");
        Statistics.Contact c = s.contact();
        text.append(" ").append(percent(c.withinDeadlineShare()))
                .append(" av innmelderne ble kontaktet innen fristen på ").append(c.deadline());
        if (c.medianDays() != null) {
            text.append(", etter ").append(decimal(c.medianDays())).append(" dager i midten (median)");
        }
        text.append(". ").append(number(c.cardsSent())).append(" fikk kontaktkort fordi de ikke svarte på telefon, og ")
                .append(number(c.reachedAfterCard())).append(" av dem tok kontakt etterpå.");
        long satisfied = count(s, "SATISFIED");
        long all = s.satisfaction().overall().stream().mapToLong(Statistics.Count::count).sum();
        if (all > 0) {
            text.append(" ").append(percent((double) satisfied / all)).append(" av dem som svarte, var fornøyd med svaret.");
        }
        long escalations = s.overdue().byUnit().stream().mapToLong(Statistics.UnitTotals::escalations).sum();
        text.append(" ").append(number(escalations))
                .append(" meldinger ble meldt til kommunedirektøren etter å ha stått på restanselisten igjen.");
        return text.toString();
    }

    /** A start for the administration's own words: what the figures ask it to consider. */
    static String draftAssessment(Statistics s) {
        return "Kontakt innen fristen: " + percent(s.contact().withinDeadlineShare())
                + " av innmelderne ble kontaktet innen " + s.contact().deadline() + ". Vurder hva som skal til for at alle blir det.\n"
                + "Tilbakemeldinger: " + number(s.satisfaction().feedbackTotal())
                + " innmeldere som ikke var fornøyd, ga en begrunnelse eller et alternativt forslag. "
                + "Enhetene bør gå gjennom dem og si hva de vil endre.\n"
                + "Administrasjonens vurdering: ";
    }

    private static long count(Statistics s, String satisfaction) {
        return s.satisfaction().overall().stream().filter(c -> c.key().equals(satisfaction))
                .mapToLong(Statistics.Count::count).sum();
    }
}
