package no.medvirk.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import no.medvirk.dialogue.UnitMessageSummary;
import org.springframework.stereotype.Component;

/** A unit's message figures for its dialogue meeting's pack, from the same statistics as /rapport. */
@Component
class UnitMessageSummaries implements UnitMessageSummary {

    private static final int SUBJECTS = 3;

    private final StatisticsReport report;

    UnitMessageSummaries(StatisticsReport report) {
        this.report = report;
    }

    @Override
    public Optional<Figures> of(String unitCode, LocalDate from, LocalDate to) {
        Statistics statistics = report.of(new ReportFilter(from, to, List.of(unitCode)));
        if (statistics.intake().total() == 0) {
            return Optional.empty();
        }
        List<String> subjects = statistics.intake().bySubjectArea().stream().limit(SUBJECTS)
                .map(c -> c.label() + " (" + c.count() + ")").toList();
        Statistics.Contact contact = statistics.contact();
        String withinDeadline = contact.decided() == 0 ? null : contact.withinDeadline() + " av " + contact.decided()
                + " innmeldere fikk svar innen fristen på " + contact.deadline();
        List<Statistics.Count> said = statistics.satisfaction().overall().stream().filter(c -> c.count() > 0).toList();
        String satisfaction = said.isEmpty() ? null : said.stream()
                .map(c -> c.label().toLowerCase(Locale.ROOT) + ": " + c.count()).collect(Collectors.joining(", "));
        return Optional.of(new Figures(statistics.intake().total(), subjects, withinDeadline, satisfaction));
    }
}
