package no.medvirk.report;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.ToLongFunction;
import no.medvirk.dialogue.FollowUpStatus;
import no.medvirk.report.Statistics.Count;
import no.medvirk.time.Dates;

/**
 * The report's figures as the tables people read: on the page beside each chart, as CSV files and in
 * the yearly document. Numbers are written the Norwegian way (decimal comma, "42,9 %").
 */
final class ReportTables {

    /** One table: {@code id} names its CSV file and its chart. */
    record Table(String id, String title, List<String> columns, List<List<String>> rows) {
    }

    static final Locale NORWEGIAN = Locale.forLanguageTag("nb-NO");
    /** The table of citizens' reasons and proposals, in their own words. */
    static final String FEEDBACK = "tilbakemeldinger";

    private ReportTables() {
    }

    static List<Table> of(Statistics s) {
        List<Table> tables = new ArrayList<>();
        tables.add(new Table("uker", "Meldinger per uke",
                List.of("Uke", "Fra", "Spørsmål", "Forslag", "Klage", "Ros", "I alt"),
                s.intake().perWeek().stream().map(w -> List.of(w.week() + " (" + w.year() + ")", day(w.start()),
                        number(w.questions()), number(w.suggestions()), number(w.complaints()), number(w.praise()),
                        number(w.count()))).toList()));
        tables.add(new Table("topper", "Dagene med flest meldinger", List.of("Dato", "Ukedag", "Meldinger"),
                s.intake().peaks().stream().map(d -> List.of(day(d.day()),
                        d.day().getDayOfWeek().getDisplayName(TextStyle.FULL, NORWEGIAN), number(d.count()))).toList()));
        long total = s.intake().total();
        tables.add(breakdown("kanal", "Meldinger etter kanal", "Kanal", s.intake().byChannel(), total));
        tables.add(breakdown("type", "Meldinger etter type", "Type", s.intake().byKind(), total));
        tables.add(breakdown("emne", "Meldinger etter emne", "Emne", s.intake().bySubjectArea(), total));
        tables.add(breakdown("enhet", "Meldinger etter enhet", "Enhet", s.intake().byUnit(), total));
        tables.add(breakdown("omrade", "Meldinger etter område", "Område", s.intake().byArea(), total));
        Statistics.KindBalance k = s.kinds();
        tables.add(new Table("balanse", "Klager, ros, spørsmål og forslag", List.of("Nøkkeltall", "Verdi"), List.of(
                List.of("Klager", number(k.complaints())),
                List.of("Ros", number(k.praise())),
                List.of("Klager per ros", decimal(k.complaintsPerPraise())),
                List.of("Spørsmål og forslag", number(k.questionsAndSuggestions())),
                List.of("Andel spørsmål og forslag (av registrerte meldinger)", percent(k.questionsAndSuggestionsShare())))));
        Statistics.Contact c = s.contact();
        tables.add(new Table("kontakt", "Kontakt med innmelderen", List.of("Nøkkeltall", "Verdi"), List.of(
                List.of("Meldinger der fristen er ute eller innmelderen er kontaktet", number(c.decided())),
                List.of("Kontaktet innen fristen på " + c.deadline(), number(c.withinDeadline())),
                List.of("Andel kontaktet innen fristen", percent(c.withinDeadlineShare())),
                List.of("Kontaktet i alt", number(c.contacted())),
                List.of("Dager til kontakt, median", decimal(c.medianDays())),
                List.of("Dager til kontakt, 90-persentil", decimal(c.p90Days())),
                List.of("Kontaktkort sendt", number(c.cardsSent())),
                List.of("Nådd etter kontaktkortet", number(c.reachedAfterCard())))));
        tables.add(breakdown("oppringing", "Hvordan oppringingen endte", "Utfall", c.callOutcomes(),
                c.callOutcomes().stream().mapToLong(Count::count).sum()));
        tables.add(satisfaction(s.satisfaction()));
        tables.add(new Table("egen-vurdering", "Er innbyggerne fornøyde? Saksbehandlernes registrering og innbyggernes egne svar",
                List.of("Hvem svarte", "Fornøyd", "Ikke fornøyd", "Ikke nådd", "Andel fornøyd"),
                s.satisfaction().bySource().stream().map(b -> List.of(b.label(), number(b.satisfied()),
                        number(b.notSatisfied()), number(b.notReached()), percent(b.satisfiedShare()))).toList()));
        tables.add(new Table(FEEDBACK, "Begrunnelser og alternative forslag fra innmeldere som ikke var fornøyd",
                List.of("Sak", "Mottatt", "Enhet", "Tilfredshet", "Begrunnelse", "Alternativt forslag"),
                s.satisfaction().feedback().stream().map(f -> List.of(f.caseNumber(), day(f.received()), f.unit(),
                        text(f.satisfaction()), text(f.reason()), text(f.proposal()))).toList()));
        tables.add(new Table("restanser", "Restanser og oversendelser til kommunedirektøren per enhet",
                List.of("Enhet", "På restanselisten (meldinger per uke)", "Oversendt kommunedirektøren"),
                s.overdue().byUnit().stream().map(u -> List.of(u.label(), number(u.overdue()), number(u.escalations())))
                        .toList()));
        tables.add(overdueWeeks(s.overdue()));
        tables.add(inputs(s.dialogueInputs()));
        return tables;
    }

    static Optional<Table> find(List<Table> tables, String id) {
        return tables.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    private static Table breakdown(String id, String title, String what, List<Count> counts, long total) {
        return new Table(id, title, List.of(what, "Meldinger", "Andel"), counts.stream()
                .map(c -> List.of(c.label(), number(c.count()), percent(total == 0 ? null : (double) c.count() / total)))
                .toList());
    }

    private static Table satisfaction(Statistics.SatisfactionFigures s) {
        List<List<String>> rows = new ArrayList<>();
        s.byUnit().forEach(u -> rows.add(satisfactionRow(u.label(), u.satisfied(), u.partly(), u.dissatisfied())));
        ToLongFunction<String> overall = key -> s.overall().stream().filter(c -> c.key().equals(key))
                .mapToLong(Count::count).sum();
        rows.add(satisfactionRow("Alle", overall.applyAsLong("SATISFIED"), overall.applyAsLong("PARTLY"),
                overall.applyAsLong("DISSATISFIED")));
        return new Table("tilfredshet", "Tilfredshet med svaret",
                List.of("Enhet", "Fornøyd", "Delvis fornøyd", "Ikke fornøyd", "I alt", "Andel fornøyd"), rows);
    }

    private static List<String> satisfactionRow(String unit, long satisfied, long partly, long dissatisfied) {
        long all = satisfied + partly + dissatisfied;
        return List.of(unit, number(satisfied), number(partly), number(dissatisfied), number(all),
                percent(all == 0 ? null : (double) satisfied / all));
    }

    private static Table overdueWeeks(Statistics.Overdue o) {
        record Row(Statistics.UnitWeek week, String what) {
        }
        List<Row> rows = new ArrayList<>();
        o.overdue().forEach(w -> rows.add(new Row(w, "På restanselisten")));
        o.escalations().forEach(w -> rows.add(new Row(w, "Oversendt kommunedirektøren")));
        rows.sort(Comparator.comparing((Row r) -> r.week().weekStart()).thenComparing(r -> r.week().label()));
        return new Table("restanser-uker", "Restanser og oversendelser per uke",
                List.of("Uke", "Enhet", "Hva", "Meldinger"), rows.stream().map(r -> List.of(
                        r.week().week() + " (" + r.week().year() + ")", r.week().label(), r.what(),
                        number(r.week().count()))).toList());
    }

    private static Table inputs(List<Statistics.InputCount> inputs) {
        List<String> columns = new ArrayList<>(List.of("Enhet"));
        for (FollowUpStatus status : FollowUpStatus.values()) {
            columns.add(status.label());
        }
        columns.add("I alt");
        List<List<String>> rows = new ArrayList<>();
        inputs.stream().map(Statistics.InputCount::label).distinct().forEach(unit -> {
            List<String> row = new ArrayList<>(List.of(unit));
            long all = 0;
            for (FollowUpStatus status : FollowUpStatus.values()) {
                long n = inputs.stream().filter(i -> i.label().equals(unit) && i.status().equals(status.name()))
                        .mapToLong(Statistics.InputCount::count).sum();
                row.add(number(n));
                all += n;
            }
            row.add(number(all));
            rows.add(row);
        });
        return new Table("innspill", "Innspill fra dialogmøtene og oppfølgingen av dem", columns, rows);
    }

    static String number(long n) {
        return NumberFormat.getIntegerInstance(NORWEGIAN).format(n);
    }

    static String decimal(Double value) {
        if (value == null) {
            return "–";
        }
        NumberFormat format = NumberFormat.getNumberInstance(NORWEGIAN);
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        return format.format(value);
    }

    static String percent(Double share) {
        return share == null ? "–" : decimal(share * 100) + " %";
    }

    static String day(LocalDate day) {
        return day == null ? "" : Dates.day(day);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
