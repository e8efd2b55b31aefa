package no.medvirk.report;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import no.medvirk.dialogue.DialogueFigures;
import no.medvirk.dialogue.FollowUpStatus;
import no.medvirk.duelist.DueListFigures;
import no.medvirk.message.Channel;
import no.medvirk.message.Kind;
import no.medvirk.message.Districts;
import no.medvirk.message.MessageFigures;
import no.medvirk.message.MessageRulesTable;
import no.medvirk.message.Satisfaction;
import no.medvirk.organisation.Organisation;
import no.medvirk.report.Statistics.Count;
import no.medvirk.report.Statistics.Day;
import no.medvirk.report.Statistics.UnitWeek;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * M12: works the grouped counts into the report's figures. The counts come from queries the features keep
 * beside their tables ({@link MessageFigures}, {@link DueListFigures}, {@link DialogueFigures}).
 */
@Component
class StatisticsReport {

    /** How many reasons and proposals the report lists; the rest are counted. */
    static final int FEEDBACK_LISTED = 300;
    private static final int PEAK_DAYS = 10;

    private final MessageFigures messages;
    private final DueListFigures dueLists;
    private final DialogueFigures dialogue;
    private final Organisation organisation;
    private final Clock clock;
    private final MessageRulesTable rules;

    StatisticsReport(MessageFigures messages, DueListFigures dueLists, DialogueFigures dialogue,
                     Organisation organisation, Clock clock, MessageRulesTable rules) {
        this.messages = messages;
        this.dueLists = dueLists;
        this.dialogue = dialogue;
        this.organisation = organisation;
        this.clock = clock;
        this.rules = rules;
    }

    /**
     * Not a read-only transaction: the contact figures name the deadline of message-rules.dmn, and the engine
     * logs the decision's evaluation (PostgreSQL refuses that insert in a read-only transaction).
     */
    @Transactional
    Statistics of(ReportFilter filter) {
        List<MessageFigures.DayRow> days = messages.days(filter.from(), filter.to(), filter.units());
        List<MessageFigures.BreakdownRow> breakdown = messages.breakdown(filter.from(), filter.to(), filter.units());
        return new Statistics(filter.from(), filter.to(), filter.units(), intake(filter, days, breakdown), kinds(days),
                contact(messages.contact(filter.from(), filter.to(), filter.units(), clock.instant())),
                satisfaction(filter, breakdown), overdue(filter),
                dialogueInputs(dialogue.inputs(filter.from(), filter.to(), filter.units())));
    }

    /** Whoever answers a message: a unit (its code), the mayor (MAYOR), another authority (EXTERNAL) or no one yet (NONE). */
    record Office(String key, String label) {
    }

    private static final Comparator<Office> BY_NAME = Comparator.comparing(Office::label).thenComparing(Office::key);

    Office office(String routedTo, String unitCode) {
        if (unitCode != null) {
            return new Office(unitCode, organisation.unitName(unitCode));
        }
        if (routedTo == null) {
            return new Office("NONE", "Ikke fordelt ennå");
        }
        return new Office(routedTo, "MAYOR".equals(routedTo) ? organisation.mayor().name() : "Annen instans");
    }

    /** Sums by office, in the order of the offices' names. */
    private static <T> Map<Office, long[]> byOffice(List<T> rows, Function<T, Office> office, int columns,
                                                    java.util.function.BiConsumer<T, long[]> add) {
        Map<Office, long[]> sums = new TreeMap<>(BY_NAME);
        rows.forEach(r -> add.accept(r, sums.computeIfAbsent(office.apply(r), k -> new long[columns])));
        return sums;
    }

    private Statistics.Intake intake(ReportFilter filter, List<MessageFigures.DayRow> rows,
                                     List<MessageFigures.BreakdownRow> breakdown) {
        Map<LocalDate, Long> perDay = new TreeMap<>();
        LocalDate last = min(filter.to(), LocalDate.now(clock));
        for (LocalDate d = filter.from(); !d.isAfter(last); d = d.plusDays(1)) {
            perDay.put(d, 0L);
        }
        rows.forEach(r -> perDay.merge(r.day(), r.count(), Long::sum));
        List<Day> days = perDay.entrySet().stream().map(e -> new Day(e.getKey(), e.getValue())).toList();

        Map<LocalDate, long[]> weeks = new TreeMap<>();
        perDay.keySet().forEach(d -> weeks.putIfAbsent(d.with(DayOfWeek.MONDAY), new long[5]));
        for (MessageFigures.DayRow r : rows) {
            long[] w = weeks.computeIfAbsent(r.day().with(DayOfWeek.MONDAY), k -> new long[5]);
            w[0] += r.count();
            if (r.kind() != null) {
                w[1 + Kind.valueOf(r.kind()).ordinal()] += r.count();
            }
        }
        List<Statistics.Week> perWeek = weeks.entrySet().stream().map(e -> new Statistics.Week(
                e.getKey().get(IsoFields.WEEK_BASED_YEAR), e.getKey().get(IsoFields.WEEK_OF_WEEK_BASED_YEAR),
                e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2], e.getValue()[3], e.getValue()[4])).toList();

        List<Day> peaks = days.stream().filter(d -> d.count() > 0)
                .sorted(Comparator.comparingLong(Day::count).reversed().thenComparing(Day::day)).limit(PEAK_DAYS).toList();

        List<Count> byKind = new ArrayList<>();
        Map<String, Long> kinds = sum(rows, MessageFigures.DayRow::kind, MessageFigures.DayRow::count);
        for (Kind kind : Kind.values()) {
            byKind.add(new Count(kind.name(), kind.label(), kinds.getOrDefault(kind.name(), 0L)));
        }
        if (kinds.containsKey(null)) {
            byKind.add(new Count(null, "Ikke registrert ennå", kinds.get(null)));
        }
        return new Statistics.Intake(rows.stream().mapToLong(MessageFigures.DayRow::count).sum(), days, perWeek,
                peaks, largestFirst(sum(breakdown, MessageFigures.BreakdownRow::channel,
                        MessageFigures.BreakdownRow::count), c -> Channel.valueOf(c).label()),
                byKind, largestFirst(sum(breakdown, MessageFigures.BreakdownRow::subjectArea,
                        MessageFigures.BreakdownRow::count), a -> a == null ? "Uten emne" : a),
                byOffice(breakdown, r -> office(r.routedTo(), r.unitCode()), 1, (r, sum) -> sum[0] += r.count()).entrySet()
                        .stream().map(e -> new Count(e.getKey().key(), e.getKey().label(), e.getValue()[0]))
                        .sorted(Comparator.comparingLong(Count::count).reversed()).toList(),
                largestFirst(sum(breakdown, MessageFigures.BreakdownRow::area, MessageFigures.BreakdownRow::count),
                        a -> a == null ? Districts.NONE : a));
    }

    private static Statistics.KindBalance kinds(List<MessageFigures.DayRow> rows) {
        Map<String, Long> kinds = sum(rows, MessageFigures.DayRow::kind, MessageFigures.DayRow::count);
        long complaints = kinds.getOrDefault(Kind.COMPLAINT.name(), 0L);
        long praise = kinds.getOrDefault(Kind.PRAISE.name(), 0L);
        long asking = kinds.getOrDefault(Kind.QUESTION.name(), 0L) + kinds.getOrDefault(Kind.SUGGESTION.name(), 0L);
        long classified = rows.stream().filter(r -> r.kind() != null).mapToLong(MessageFigures.DayRow::count).sum();
        return new Statistics.KindBalance(complaints, praise, share(complaints, praise), asking, classified,
                share(asking, classified));
    }

    private Statistics.Contact contact(List<MessageFigures.ContactRow> rows) {
        long decided = 0;
        long within = 0;
        long contacted = 0;
        long cards = 0;
        long afterCard = 0;
        TreeMap<Integer, Long> days = new TreeMap<>();
        TreeMap<Integer, Long> reachedOnCall = new TreeMap<>();
        long withoutCall = 0;
        long open = 0;
        for (MessageFigures.ContactRow r : rows) {
            decided += r.decided() ? r.count() : 0;
            within += r.withinDeadline() ? r.count() : 0;
            if (r.contacted()) {
                contacted += r.count();
                days.merge(r.contactDays(), r.count(), Long::sum);
            }
            if (r.cardSent()) {
                cards += r.count();
                afterCard += r.contacted() ? r.count() : 0;
            } else if (r.contacted() && r.callCount() > 0) {
                reachedOnCall.merge(r.callCount(), r.count(), Long::sum);
            } else if (r.contacted()) {
                withoutCall += r.count();
            } else {
                open += r.count();
            }
        }
        List<Count> outcomes = new ArrayList<>();
        reachedOnCall.forEach((call, n) -> outcomes.add(new Count("REACHED_" + call, "Nådd ved " + call + ". forsøk", n)));
        outcomes.add(new Count("CARD", "Ikke nådd på telefon, kontaktkort sendt", cards));
        outcomes.add(new Count("NO_CALL", "Besvart uten oppringing", withoutCall));
        outcomes.add(new Count("OPEN", "Ikke kontaktet ennå", open));
        return new Statistics.Contact(rules.promised().deadlineText(), decided, within, share(within, decided), contacted, percentile(days, 0.5),
                percentile(days, 0.9), outcomes, cards, afterCard);
    }

    private Statistics.SatisfactionFigures satisfaction(ReportFilter filter, List<MessageFigures.BreakdownRow> breakdown) {
        List<MessageFigures.BreakdownRow> rows = breakdown.stream().filter(r -> r.satisfaction() != null).toList();
        List<Count> overall = new ArrayList<>();
        for (Satisfaction s : Satisfaction.values()) {
            overall.add(new Count(s.name(), s.label(), rows.stream().filter(r -> r.satisfaction().equals(s.name()))
                    .mapToLong(MessageFigures.BreakdownRow::count).sum()));
        }
        List<Statistics.UnitSatisfaction> byUnit = byOffice(rows, r -> office(r.routedTo(), r.unitCode()), 3,
                (r, sums) -> sums[Satisfaction.valueOf(r.satisfaction()).ordinal()] += r.count()).entrySet().stream()
                .map(e -> new Statistics.UnitSatisfaction(e.getKey().key(), e.getKey().label(), e.getValue()[0],
                        e.getValue()[1], e.getValue()[2])).toList();
        List<Statistics.Feedback> feedback = messages.feedback(filter.from(), filter.to(), filter.units(), FEEDBACK_LISTED).stream()
                .map(r -> new Statistics.Feedback(r.caseNumber(), r.day(), office(r.routedTo(), r.unitCode()).label(),
                        r.satisfaction() == null ? null : Satisfaction.valueOf(r.satisfaction()).label(), r.reason(),
                        r.proposal())).toList();
        return new Statistics.SatisfactionFigures(overall, byUnit, feedback,
                feedback.size() < FEEDBACK_LISTED ? feedback.size()
                        : breakdown.stream().mapToLong(MessageFigures.BreakdownRow::feedback).sum(),
                bySource(overall, messages.verdicts(filter.from(), filter.to(), filter.units())));
    }

    /** The caseworkers' record beside the citizens' own answers, survey and sample. */
    private static List<Statistics.SourceSatisfaction> bySource(List<Count> overall, List<MessageFigures.VerdictRow> verdicts) {
        long satisfied = overall.stream().filter(c -> c.key().equals(Satisfaction.SATISFIED.name()))
                .mapToLong(Count::count).sum();
        long all = overall.stream().mapToLong(Count::count).sum();
        List<Statistics.SourceSatisfaction> sources = new ArrayList<>();
        sources.add(new Statistics.SourceSatisfaction("CASEWORKER", "Saksbehandlerne registrerte", satisfied,
                all - satisfied, 0, share(satisfied, all)));
        for (String source : List.of("SURVEY", "SAMPLE")) {
            List<MessageFigures.VerdictRow> rows = verdicts.stream().filter(r -> r.source().equals(source)).toList();
            long yes = rows.stream().filter(r -> Boolean.TRUE.equals(r.satisfied())).mapToLong(MessageFigures.VerdictRow::count).sum();
            long no = rows.stream().filter(r -> Boolean.FALSE.equals(r.satisfied())).mapToLong(MessageFigures.VerdictRow::count).sum();
            long notReached = rows.stream().filter(r -> !r.reached()).mapToLong(MessageFigures.VerdictRow::count).sum();
            sources.add(new Statistics.SourceSatisfaction(source, source.equals("SURVEY")
                    ? "Innbyggerne svarte selv (undersøkelsen)" : "Månedens utvalg (servicesenteret ringte)",
                    yes, no, notReached, share(yes, yes + no)));
        }
        return sources;
    }

    private Statistics.Overdue overdue(ReportFilter filter) {
        ZoneId zone = clock.getZone();
        List<UnitWeek> overdue = dueLists.overdue(filter.from(), filter.to(), filter.units()).stream()
                .map(r -> week(office(r.routedTo(), r.unitCode()), r.weekStart(), r.count())).sorted(BY_WEEK_AND_UNIT)
                .toList();
        Map<Office, Map<LocalDate, Long>> escalated = new LinkedHashMap<>();
        messages.escalations(filter.units(), filter.from().atStartOfDay(zone).toInstant(),
                filter.to().plusDays(1).atStartOfDay(zone).toInstant()).forEach(r -> escalated
                .computeIfAbsent(office(r.routedTo(), r.unitCode()), k -> new TreeMap<>())
                .merge(LocalDate.ofInstant(r.escalatedAt(), zone).with(DayOfWeek.MONDAY), 1L, Long::sum));
        List<UnitWeek> escalations = escalated.entrySet().stream().flatMap(e -> e.getValue().entrySet().stream()
                .map(w -> week(e.getKey(), w.getKey(), w.getValue()))).sorted(BY_WEEK_AND_UNIT).toList();
        Map<Office, long[]> totals = new TreeMap<>(BY_NAME);
        overdue.forEach(w -> totals.computeIfAbsent(new Office(w.unit(), w.label()), k -> new long[2])[0] += w.count());
        escalations.forEach(w -> totals.computeIfAbsent(new Office(w.unit(), w.label()), k -> new long[2])[1] += w.count());
        return new Statistics.Overdue(overdue, escalations, totals.entrySet().stream()
                .map(e -> new Statistics.UnitTotals(e.getKey().key(), e.getKey().label(), e.getValue()[0],
                        e.getValue()[1])).toList());
    }

    private static final Comparator<UnitWeek> BY_WEEK_AND_UNIT = Comparator.comparing(UnitWeek::weekStart)
            .thenComparing(UnitWeek::label);

    private static UnitWeek week(Office office, LocalDate weekStart, long count) {
        return new UnitWeek(office.key(), office.label(),
                weekStart.get(IsoFields.WEEK_BASED_YEAR), weekStart.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), weekStart, count);
    }

    private List<Statistics.InputCount> dialogueInputs(List<DialogueFigures.InputRow> rows) {
        return rows.stream().map(r -> new Statistics.InputCount(r.unitCode(), office(null, r.unitCode()).label(), r.status(),
                        FollowUpStatus.valueOf(r.status()).label(), r.count()))
                .sorted(Comparator.comparing(Statistics.InputCount::label)
                        .thenComparing(i -> FollowUpStatus.valueOf(i.status()).ordinal())).toList();
    }

    /** Interpolated between the nearest values, as Excel's PERSENTIL.INK and PostgreSQL's percentile_cont. */
    static Double percentile(TreeMap<Integer, Long> histogram, double p) {
        long n = histogram.values().stream().mapToLong(Long::longValue).sum();
        if (n == 0) {
            return null;
        }
        double rank = p * (n - 1);
        long below = (long) Math.floor(rank);
        int lower = valueAt(histogram, below);
        int upper = valueAt(histogram, Math.min(below + 1, n - 1));
        return lower + (rank - below) * (upper - lower);
    }

    /** The value at this index of the sorted values the histogram counts. */
    private static int valueAt(TreeMap<Integer, Long> histogram, long index) {
        long seen = 0;
        for (Map.Entry<Integer, Long> e : histogram.entrySet()) {
            seen += e.getValue();
            if (index < seen) {
                return e.getKey();
            }
        }
        throw new IllegalArgumentException("index beyond the histogram");
    }

    private static Double share(long part, long whole) {
        return whole == 0 ? null : (double) part / whole;
    }

    private static <T> Map<String, Long> sum(List<T> rows, Function<T, String> key, ToLongFunction<T> count) {
        Map<String, Long> sums = new LinkedHashMap<>();
        rows.forEach(r -> sums.merge(key.apply(r), count.applyAsLong(r), Long::sum));
        return sums;
    }

    private static List<Count> largestFirst(Map<String, Long> counts, Function<String, String> label) {
        return counts.entrySet().stream().map(e -> new Count(e.getKey(), label.apply(e.getKey()), e.getValue()))
                .sorted(Comparator.comparingLong(Count::count).reversed().thenComparing(Count::label)).toList();
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
