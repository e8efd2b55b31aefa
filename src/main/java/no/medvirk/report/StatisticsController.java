package no.medvirk.report;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;
import no.medvirk.documents.CsvFiles;
import no.medvirk.documents.WordDocuments;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.server.ResponseStatusException;

@RestController
@Tag(name = "Statistikk", description = "M12: the figures for the elected bodies, as on the report page /rapport")
class StatisticsController {

    private final ReportAccess access;
    private final StatisticsReport report;
    private final Assessments assessments;
    private final YearlyReport yearlyReport;

    StatisticsController(ReportAccess access, StatisticsReport report, Assessments assessments, YearlyReport yearlyReport) {
        this.access = access;
        this.report = report;
        this.assessments = assessments;
        this.yearlyReport = yearlyReport;
    }

    @GetMapping("/api/statistics")
    @Operation(summary = "The report's figures for a period (default: this year) and unit (default: all the caller may see)",
            description = "Service centre, chief executive, mayor, politicians and their secretariat see every unit; "
                    + "a unit leader only the units they lead. Dates are yyyy-mm-dd, both days included.")
    Statistics statistics(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) Optional<LocalDate> from,
                          @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) Optional<LocalDate> to,
                          @RequestParam Optional<String> unit) {
        return report.of(access.filter(access.viewer(), from, to, unit));
    }

    @GetMapping("/api/statistics/reader")
    @Operation(summary = "Whether the caller may read the statistics, and which units (null: all); 403 if not")
    Viewer reader() {
        // Tasklist asks this to show its "Statistikk" link only to readers.
        return access.viewer();
    }

    @GetMapping("/api/statistics/{table}.csv")
    @Operation(summary = "One of the report's tables as CSV (semicolons, for a Norwegian spreadsheet)",
            description = "Tables: uker, topper, kanal, type, emne, enhet, balanse, kontakt, oppringing, tilfredshet, "
                    + "tilbakemeldinger, restanser, restanser-uker, innspill.")
    ResponseEntity<byte[]> csv(@PathVariable String table,
                               @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) Optional<LocalDate> from,
                               @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) Optional<LocalDate> to,
                               @RequestParam Optional<String> unit) {
        ReportFilter filter = access.filter(access.viewer(), from, to, unit);
        ReportTables.Table found = ReportTables.find(ReportTables.of(report.of(filter)), table)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                        "No such table; the API description lists them."));
        return download(csv(found), new MediaType("text", "csv", StandardCharsets.UTF_8),
                "statistikk-" + table + "-" + filter.from() + "-" + filter.to() + ".csv");
    }

    @GetMapping("/api/statistics/yearly-report.docx")
    @Operation(summary = "The year's report to the council as a Word case presentation, with the saved assessment")
    ResponseEntity<byte[]> yearlyReport(@RequestParam int year, @RequestParam Optional<String> unit) {
        if (year < 2000 || year > 2999) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "year must be a year like 2026.");
        }
        Viewer viewer = access.viewer();
        ReportFilter filter = access.filter(viewer, Optional.of(LocalDate.of(year, 1, 1)),
                Optional.of(LocalDate.of(year, 12, 31)), unit);
        Statistics statistics = report.of(filter);
        // The saved assessment speaks of the whole municipality; a unit's document gets a draft from its own figures.
        Optional<Assessments.Assessment> saved = filter.allUnits() ? assessments.find(year) : Optional.empty();
        byte[] document = yearlyReport.document(year, access.scope(filter), statistics,
                saved.map(Assessments.Assessment::text).orElse(Summaries.draftAssessment(statistics)),
                saved.map(a -> access.personName(a.updatedBy())).orElse(null));
        return download(document, WordDocuments.DOCX, "arsrapport-innbyggermeldinger-" + year + ".docx");
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> badParameter(MethodArgumentTypeMismatchException e) {
        return ResponseEntity.badRequest().body(ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                e.getName() + " must be " + (e.getRequiredType() == int.class ? "a year like 2026." : "a date like 2026-01-31.")));
    }

    /** The table as its CSV file, numbers without the page's thousands spaces. */
    static byte[] csv(ReportTables.Table table) {
        return CsvFiles.csv(table.columns(), table.rows().stream()
                .map(row -> row.stream().map(StatisticsController::plainNumber).toList()).toList());
    }

    /** "1 234" on the page is 1234 in a spreadsheet cell. */
    private static String plainNumber(String cell) {
        return cell.matches("[0-9\\u00a0\\u202f]+") ? cell.replaceAll("[\\u00a0\\u202f]", "") : cell;
    }

    private static ResponseEntity<byte[]> download(byte[] content, MediaType type, String fileName) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
                .body(content);
    }
}
