package no.medvirk.duelist;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import no.medvirk.message.Dates;
import no.medvirk.organisation.Organisation;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.xhtmlrenderer.pdf.ITextRenderer;

/** M9: the due list as documents the service centre can send on: a PDF to print, a CSV for a spreadsheet. */
@Component
class DueListDocuments {

    /** What the PDF template sees. */
    record Printed(String municipality, int week, String generated, List<DueListRows.Row> overdue,
                   List<DueListRows.Row> dueThisWeek) {
    }

    private static final String[] HEADER = {"Status", "Sak", "Ansvarlig", "Registrert", "Frist", "Saksbehandler",
            "Forsøk", "Dager over frist", "Ganger på restanseliste"};

    private final TemplateEngine templates;
    private final Organisation organisation;
    private final Clock clock;

    DueListDocuments(TemplateEngine templates, Organisation organisation, Clock clock) {
        this.templates = templates;
        this.organisation = organisation;
        this.clock = clock;
    }

    /** Semicolons and a byte-order mark: what a Norwegian Excel opens without asking. */
    byte[] csv(DueList list) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CSVPrinter printer = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8),
                CSVFormat.EXCEL.builder().setDelimiter(';').setHeader(HEADER).get())) {
            out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            print(printer, "Over fristen", list.overdue());
            print(printer, "Frist denne uken", list.dueThisWeek());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    byte[] pdf(DueList list) {
        Context context = new Context();
        context.setVariable("list", new Printed(organisation.name(), new Week(list.getWeekStart(), clock.getZone()).number(),
                Dates.dayAndTime(list.getGeneratedAt(), clock.getZone()),
                DueListRows.of(list.overdue(), organisation, clock.getZone()),
                DueListRows.of(list.dueThisWeek(), organisation, clock.getZone())));
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        ITextRenderer renderer = new ITextRenderer();
        renderer.setDocumentFromString(templates.process("due-list", context));
        renderer.layout();
        renderer.createPDF(pdf);
        return pdf.toByteArray();
    }

    private void print(CSVPrinter printer, String status, List<DueListEntry> entries) throws IOException {
        for (DueListRows.Row r : DueListRows.of(entries, organisation, clock.getZone())) {
            printer.printRecord(status, r.caseNumber(), r.responsible(), r.registered(), r.deadline(), r.caseworker(),
                    r.callAttempts(), r.daysOverdue(), r.timesOverdue());
        }
    }
}
