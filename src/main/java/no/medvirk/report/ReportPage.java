package no.medvirk.report;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.medvirk.organisation.Organisation;
import no.medvirk.time.Dates;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * M12: the report page for the elected bodies and the administration, {@code /rapport}: the
 * figures of a period and unit as charts, each with its table and CSV file, and the yearly report
 * to the council with the administration's assessment. Everything shown is text, escaped.
 */
@Controller
class ReportPage {

    /** A table as the page shows it: its chart (an SVG image) beside it and where its CSV file is. */
    record Item(ReportTables.Table table, String chart, String chartDescription, String csv) {
    }

    record Section(String title, List<Item> items) {
    }

    record UnitOption(String code, String name) {
    }

    /** A key figure at the top of the page. */
    record KeyFigure(String value, String label) {
    }

    /** The page's sections, in order, and the tables each holds. */
    private static final Map<String, List<String>> SECTIONS = new java.util.LinkedHashMap<>();

    static {
        SECTIONS.put("Meldinger inn", List.of("uker", "topper", "kanal", "type", "emne", "enhet", "balanse"));
        SECTIONS.put("Kontakt med innmelderen", List.of("kontakt", "oppringing"));
        SECTIONS.put("Tilfredshet", List.of("tilfredshet", "egen-vurdering", "tilbakemeldinger"));
        SECTIONS.put("Restanser og oversendelser til kommunedirektøren", List.of("restanser", "restanser-uker"));
        SECTIONS.put("Innspill fra dialogmøtene", List.of("innspill"));
    }

    private final ReportAccess access;
    private final StatisticsReport report;
    private final Assessments assessments;
    private final Clock clock;

    ReportPage(ReportAccess access, StatisticsReport report, Assessments assessments, Clock clock) {
        this.access = access;
        this.report = report;
        this.assessments = assessments;
        this.clock = clock;
    }

    @GetMapping("/rapport")
    String show(@RequestParam Optional<String> from, @RequestParam Optional<String> to, @RequestParam Optional<String> unit,
                CsrfToken csrf, Model model) {
        Viewer viewer = access.viewer();
        if (viewer.writesAssessment()) {
            // The token lives in the session, which cannot be made once the long page has begun to stream out.
            csrf.getToken();
        }
        Organisation organisation = access.organisation();
        ReportFilter filter = filter(viewer, from, to, unit, model);
        Statistics statistics = report.of(filter);
        List<ReportTables.Table> tables = ReportTables.of(statistics);
        Map<String, ReportCharts.Chart> charts = ReportCharts.of(statistics).stream()
                .collect(Collectors.toMap(ReportCharts.Chart::tableId, Function.identity()));
        List<Section> sections = new ArrayList<>();
        for (Map.Entry<String, List<String>> section : SECTIONS.entrySet()) {
            sections.add(new Section(section.getKey(), section.getValue().stream()
                    .map(id -> item(ReportTables.find(tables, id).orElseThrow(), charts.get(id), filter)).toList()));
        }
        int year = filter.from().getYear();
        model.addAttribute("municipality", organisation.name());
        model.addAttribute("filter", filter);
        model.addAttribute("scope", access.scope(filter));
        model.addAttribute("unit", singleUnit(filter).orElse(""));
        model.addAttribute("units", (viewer.seesAllUnits() ? organisation.units().stream().map(Organisation.Unit::code)
                .toList() : viewer.units()).stream().map(code -> new UnitOption(code,
                organisation.unitName(code))).toList());
        model.addAttribute("allUnitsLabel", viewer.seesAllUnits() ? "Hele kommunen" : "Alle enhetene mine");
        model.addAttribute("facts", Summaries.facts("I perioden", statistics));
        model.addAttribute("keys", List.of(
                new KeyFigure(ReportTables.number(statistics.intake().total()), "meldinger"),
                new KeyFigure(ReportTables.decimal(statistics.kinds().complaintsPerPraise()), "klager per ros"),
                new KeyFigure(ReportTables.percent(statistics.contact().withinDeadlineShare()), "kontaktet innen " + statistics.contact().deadline()),
                new KeyFigure(ReportTables.decimal(statistics.contact().medianDays()), "dager til kontakt (median)"),
                new KeyFigure(ReportTables.number(statistics.contact().cardsSent()), "kontaktkort sendt")));
        model.addAttribute("s", statistics);
        model.addAttribute("sections", sections);
        model.addAttribute("year", year);
        model.addAttribute("yearlyReport", UriComponentsBuilder.fromPath("/api/statistics/yearly-report.docx")
                .queryParam("year", year).queryParamIfPresent("unit", singleUnit(filter)).build().encode().toUriString());
        Optional<Assessments.Assessment> saved = assessments.find(year);
        model.addAttribute("assessment", saved.map(Assessments.Assessment::text).orElse(Summaries.draftAssessment(statistics)));
        model.addAttribute("assessmentSaved", saved.map(a -> "Lagret av " + access.personName(a.updatedBy()) + " "
                + Dates.dayAndTime(a.updatedAt(), clock.getZone()) + ".").orElse(
                "Ikke lagret ennå: teksten er et utkast laget av tallene."));
        // The assessment is the administration's word on the whole municipality's year: not shown beside one unit's figures.
        model.addAttribute("wholeMunicipality", filter.allUnits());
        model.addAttribute("writesAssessment", viewer.writesAssessment() && filter.allUnits());
        return "report";
    }

    @PostMapping("/rapport/vurdering")
    String saveAssessment(@RequestParam int year, @RequestParam String text, @RequestParam Optional<String> from,
                          @RequestParam Optional<String> to, @RequestParam Optional<String> unit,
                          RedirectAttributes redirect) {
        Viewer viewer = access.viewer();
        if (!viewer.writesAssessment()) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN,
                    "Vurderingen skrives av administrasjonen (servicesenteret eller kommunedirektøren).");
        }
        String trimmed = text.strip();
        if (trimmed.isEmpty() || trimmed.length() > Assessments.MAX_LENGTH) {
            redirect.addFlashAttribute("assessmentError", trimmed.isEmpty() ? "Skriv vurderingen før du lagrer."
                    : "Vurderingen kan være på høyst " + Assessments.MAX_LENGTH + " tegn (den har " + trimmed.length() + ").");
            redirect.addFlashAttribute("assessmentTyped", text);
        } else {
            assessments.save(year, trimmed, viewer.userId(), clock.instant());
            redirect.addFlashAttribute("assessmentMessage", "Vurderingen er lagret.");
        }
        return "redirect:" + UriComponentsBuilder.fromPath("/rapport").queryParamIfPresent("from", from)
                .queryParamIfPresent("to", to).queryParamIfPresent("unit", unit).fragment("arsrapport")
                .build().encode().toUriString();
    }

    private static Item item(ReportTables.Table table, ReportCharts.Chart chart, ReportFilter filter) {
        String csv = UriComponentsBuilder.fromPath("/api/statistics/" + table.id() + ".csv")
                .queryParam("from", filter.from()).queryParam("to", filter.to())
                .queryParamIfPresent("unit", singleUnit(filter)).build().encode().toUriString();
        if (chart == null) {
            return new Item(table, null, null, csv);
        }
        return new Item(table, "data:image/svg+xml;base64," + Base64.getEncoder()
                .encodeToString(chart.svg().getBytes(StandardCharsets.UTF_8)), chart.description(), csv);
    }

    /** The report asked for; a period that is not one shows its message above this year's figures. */
    private ReportFilter filter(Viewer viewer, Optional<String> from, Optional<String> to, Optional<String> unit,
                                Model model) {
        try {
            return access.filter(viewer, date(from), date(to), unit.filter(u -> !u.isBlank()));
        } catch (ResponseStatusException e) {
            if (e.getStatusCode() != HttpStatus.BAD_REQUEST) {
                throw e;
            }
            model.addAttribute("error", e.getReason());
            return access.filter(viewer, Optional.empty(), Optional.empty(), Optional.empty());
        }
    }

    /** The one unit chosen, if one was: links keep it. */
    private static Optional<String> singleUnit(ReportFilter filter) {
        return filter.allUnits() || filter.units().size() > 1 ? Optional.empty() : Optional.of(filter.units().get(0));
    }

    /** A date from the form; a wrong one is refused with the filter's own message. */
    private static Optional<LocalDate> date(Optional<String> value) {
        try {
            return value.filter(v -> !v.isBlank()).map(LocalDate::parse);
        } catch (java.time.format.DateTimeParseException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Skriv datoene som dd.mm.åååå.");
        }
    }
}
