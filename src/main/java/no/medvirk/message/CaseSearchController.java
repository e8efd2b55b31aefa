package no.medvirk.message;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.medvirk.documents.CsvFiles;
import no.medvirk.forms.InvalidInputException;
import no.medvirk.organisation.Organisation;
import no.medvirk.time.Dates;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** "Saker" as an API: the messages the caller may read, found and filtered, a page at a time or as CSV. */
@RestController
@Tag(name = "Meldinger")
class CaseSearchController {

    /** The most rows one CSV file holds; a wider search is narrowed with the filters. */
    static final int CSV_ROWS = 10_000;

    record Problem(String message, Map<String, String> errors) {
    }

    private final MessageSearch search;
    private final Organisation organisation;
    private final Clock clock;

    CaseSearchController(MessageSearch search, Organisation organisation, Clock clock) {
        this.search = search;
        this.organisation = organisation;
        this.clock = clock;
    }

    @GetMapping("/api/messages")
    @Operation(summary = "Find messages (status OPEN: all but CLOSED): by case number (26/2), words of the text, or the submitter's name, phone or "
            + "e-mail; filtered; sorted (received_desc, received, deadline, case_number); page from 0, size up to 200",
            description = "Only the messages the caller may read: the service centre and administrators all, others "
                    + "their units' (and the mayor's office its own). 400 names each wrong parameter; 403 when the "
                    + "unit asked for is not the caller's. The items hold no contact details. total is exact up to 10 000; "
                    + "beyond, total is 10 000 and more is true.")
    MessageSearch.Result find(@ParameterObject CaseQuery.Asked asked) {
        return search.find(asked.query());
    }

    @GetMapping("/api/messages.csv")
    @Operation(summary = "The same search as CSV (semicolons, for a Norwegian spreadsheet), at most 10 000 rows")
    ResponseEntity<byte[]> csv(@ParameterObject CaseQuery.Asked asked) {
        CaseQuery query = asked.query().all(CSV_ROWS);
        var zone = clock.getZone();
        List<List<?>> rows = new ArrayList<>();
        for (MessageSearch.Found f : search.find(query).items()) {
            rows.add(List.of(f.caseNumber(), f.status().label(), Dates.day(f.receivedAt(), zone),
                    f.kind() == null ? "" : f.kind().label(), nullToEmpty(f.subjectArea()), nullToEmpty(organisation.unitName(f.unit())),
                    f.channel().label(), nullToEmpty(Dates.day(f.contactDeadline(), zone)), f.overdue() ? "ja" : "nei",
                    nullToEmpty(Dates.day(f.closedAt(), zone)), nullToEmpty(f.duplicateOf()), nullToEmpty(f.excerpt())));
        }
        byte[] body = CsvFiles.csv(List.of("Saksnummer", "Status", "Mottatt", "Type", "Emne", "Enhet", "Kanal",
                "Frist for kontakt", "Over fristen", "Avsluttet", "Duplikat av", "Meldingen"), rows);
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("saker.csv").build().toString())
                .body(body);
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<Problem> invalid(InvalidInputException e) {
        return ResponseEntity.badRequest().body(new Problem("Søket kan ikke utføres. Rett parameterne som er nevnt.",
                e.errors()));
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
