package no.medvirk.duelist;

import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import no.medvirk.documents.CsvFiles;
import no.medvirk.organisation.Organisation;
import no.medvirk.time.Dates;
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

    /** For a spreadsheet: the overdue first, then those due this week. */
    byte[] csv(DueList list) {
        List<List<Object>> rows = new ArrayList<>();
        rows.addAll(rows("Over fristen", list.overdue()));
        rows.addAll(rows("Frist denne uken", list.dueThisWeek()));
        return CsvFiles.csv(List.of(HEADER), rows);
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

    private List<List<Object>> rows(String status, List<DueListEntry> entries) {
        return DueListRows.of(entries, organisation, clock.getZone()).stream().map(r -> Arrays.<Object>asList(status,
                r.caseNumber(), r.responsible(), r.registered(), r.deadline(), r.caseworker(), r.callAttempts(),
                r.daysOverdue(), r.timesOverdue())).toList();
    }
}
