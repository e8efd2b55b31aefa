package no.medvirk.report;

import static no.medvirk.documents.WordDocuments.bytes;
import static no.medvirk.documents.WordDocuments.cell;
import static no.medvirk.documents.WordDocuments.heading;
import static no.medvirk.documents.WordDocuments.paragraph;
import static no.medvirk.documents.WordDocuments.picture;
import static no.medvirk.documents.WordDocuments.section;
import static no.medvirk.documents.WordDocuments.table;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.medvirk.organisation.Organisation;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.springframework.stereotype.Component;

/**
 * M12: the year's report to the council as a case presentation (saksframlegg) the secretary edits
 * in Word: summary, the figures as charts and tables, the administration's assessment and the
 * proposed decision.
 */
@Component
class YearlyReport {

    private final Organisation organisation;

    YearlyReport(Organisation organisation) {
        this.organisation = organisation;
    }

    byte[] document(int year, String scope, Statistics s, String assessment, String caseworker) {
        List<ReportTables.Table> tables = ReportTables.of(s);
        Map<String, ReportCharts.Chart> charts = ReportCharts.of(s).stream()
                .collect(Collectors.toMap(ReportCharts.Chart::tableId, Function.identity()));
        try (XWPFDocument doc = new XWPFDocument()) {
            heading(doc, "Saksframlegg", 16);
            XWPFTable header = doc.createTable(2, 2);
            cell(header, 0, 0, "Arkivsak:");
            cell(header, 0, 1, "");
            cell(header, 1, 0, "Saksbehandler:");
            cell(header, 1, 1, caseworker == null ? "" : caseworker);
            paragraph(doc, "");
            paragraph(doc, "Saksgang").getRuns().get(0).setBold(true);
            XWPFTable route = doc.createTable(2, 2);
            cell(route, 0, 0, "Utvalg");
            cell(route, 0, 1, "Møtedato");
            cell(route, 1, 0, "Kommunestyret");
            cell(route, 1, 1, "");
            paragraph(doc, "");
            heading(doc, "INNBYGGERMELDINGER " + year + " – ÅRSRAPPORT", 14);
            section(doc, "SAMMENDRAG:", Summaries.facts("I " + year, s));
            section(doc, "SAKSOPPLYSNINGER:", "Tallene er hentet fra " + organisation.name() + "s meldingsdatabase (Medvirk) "
                    + "for meldinger mottatt i " + year + ", " + scope + ". Frist for å kontakte innmelderen er " + s.contact().deadline() + " "
                    + "fra registrering. Restanser telles én gang per melding og uke.");
            for (ReportTables.Table table : tables) {
                if (table.id().equals(ReportTables.FEEDBACK)) {
                    // Citizens' own words stay on the page, for review: the council's papers are public.
                    heading(doc, table.title(), 12);
                    paragraph(doc, s.satisfaction().feedbackTotal() + " innmeldere som ikke var fornøyd, ga en begrunnelse "
                            + "og et alternativt forslag. De er listet på rapportsiden i Medvirk for gjennomgang.");
                    continue;
                }
                heading(doc, table.title(), 12);
                ReportCharts.Chart chart = charts.get(table.id());
                if (chart != null) {
                    picture(doc, chart.png(), chart.width(), chart.height(), 16, chart.description());
                }
                if (table.rows().isEmpty()) {
                    paragraph(doc, "Ingen i perioden.");
                } else {
                    table(doc, table.columns(), table.rows());
                }
                paragraph(doc, "");
            }
            section(doc, "VURDERING:", assessment);
            section(doc, "Kommunedirektøren foreslår at det gjøres følgende", "");
            paragraph(doc, "innstilling:").getRuns().get(0).setBold(true);
            paragraph(doc, "Kommunestyret tar årsrapporten om innbyggermeldinger " + year + " til orientering.");
            return bytes(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
