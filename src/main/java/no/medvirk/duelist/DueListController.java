package no.medvirk.duelist;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import no.medvirk.forms.Fields;
import no.medvirk.organisation.OrganisationGroups;
import no.medvirk.web.CurrentUser;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

@RestController
@Tag(name = "Forfallslister", description = "The weekly due lists (M9-M11)")
class DueListController {

    record DueListView(long id, Instant generatedAt, List<Item> dueThisWeek, List<Item> overdue) {
    }

    record Item(String caseNumber, String unit, Instant deadline, String caseworker, int callAttempts, int daysOverdue,
                int timesOverdue) {
    }

    private final DueLists dueLists;
    private final DueListDocuments documents;
    private final RuntimeService runtimeService;
    private final IdentityService identityService;

    DueListController(DueLists dueLists, DueListDocuments documents, RuntimeService runtimeService,
                      IdentityService identityService) {
        this.dueLists = dueLists;
        this.documents = documents;
        this.runtimeService = runtimeService;
        this.identityService = identityService;
    }

    static String path(DueList list) {
        return "/api/due-lists/" + list.getId();
    }

    @PostMapping("/api/due-lists")
    @Operation(summary = "Make the due list now, as the Monday timer does (service centre and administrators)",
            description = "Runs the weekly routine: the list, the units' overdue lists and the escalation. A "
                    + "message counts once per week however often this is called.")
    @Transactional
    ResponseEntity<DueListView> run() {
        requireServiceCentre();
        Long id = Fields.id(runtimeService.createProcessInstanceByKey(DueListVariables.PROCESS)
                .executeWithVariablesInReturn().getVariables().get(DueListVariables.DUE_LIST_ID));
        return ResponseEntity.status(HttpStatus.CREATED).body(view(dueLists.get(id)));
    }

    @GetMapping("/api/due-lists/latest")
    @Operation(summary = "The last due list made (service centre, chief executive and administrators)")
    @Transactional(readOnly = true)
    DueListView latest() {
        requireReader();
        return view(latestList());
    }

    @GetMapping("/api/due-lists/{id}.csv")
    @Operation(summary = "A due list as CSV (semicolon-separated, for spreadsheets)")
    @Transactional(readOnly = true)
    ResponseEntity<byte[]> csv(@PathVariable long id) {
        requireReader();
        DueList list = dueLists.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return document(documents.csv(list), new MediaType("text", "csv", StandardCharsets.UTF_8),
                "forfallsliste-" + list.getWeekStart() + ".csv");
    }

    @GetMapping("/api/due-lists/{id}.pdf")
    @Operation(summary = "A due list as PDF, to print or send on")
    @Transactional(readOnly = true)
    ResponseEntity<byte[]> pdf(@PathVariable long id) {
        requireReader();
        DueList list = dueLists.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return document(documents.pdf(list), MediaType.APPLICATION_PDF, "forfallsliste-" + list.getWeekStart() + ".pdf");
    }

    private DueList latestList() {
        return dueLists.findFirstByOrderByIdDesc()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No due list has been made yet."));
    }

    private static DueListView view(DueList list) {
        return new DueListView(list.getId(), list.getGeneratedAt(),
                list.dueThisWeek().stream().map(DueListController::item).toList(),
                list.overdue().stream().map(DueListController::item).toList());
    }

    private static Item item(DueListEntry e) {
        return new Item(e.getCaseNumber(), e.getResponsible(), e.getContactDeadline(), e.getCaseworker(),
                e.getCallAttempts(), e.getDaysOverdue(), e.getTimesOverdue());
    }

    private static ResponseEntity<byte[]> document(byte[] content, MediaType type, String fileName) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
                .body(content);
    }

    private void requireServiceCentre() {
        CurrentUser.requireAnyOf(identityService, "Only the service centre runs the due list.", Groups.CAMUNDA_ADMIN,
                OrganisationGroups.SERVICE_CENTRE);
    }

    private void requireReader() {
        CurrentUser.requireAnyOf(identityService, "The due lists are for the service centre.", Groups.CAMUNDA_ADMIN,
                OrganisationGroups.SERVICE_CENTRE, OrganisationGroups.CHIEF_EXECUTIVE);
    }
}
