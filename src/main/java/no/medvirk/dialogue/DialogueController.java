package no.medvirk.dialogue;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import no.medvirk.organisation.OrganisationGroups;
import no.medvirk.web.CurrentUser;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** D1-D9 for readers: the year's plan, meetings, minutes and inputs, and the documents for the bodies. */
@RestController
@Tag(name = "Dialogmøter", description = "The yearly dialogue meetings with the units' users (D1-D10)")
class DialogueController {

    record YearView(int year, String committee, String status, String archiveCaseNumber, LocalDate committeePlannedOn,
                    List<GroupView> groups, List<MeetingView> meetings, List<TreatmentView> treatments,
                    Evaluation evaluation) {
    }

    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    record GroupView(String name, String leader, List<String> members, String otherMembers, String coordinator) {
    }

    record MeetingView(long id, String unit, String unitName, String group, LocalDate date, String startTime,
                       String endTime, String place, String themes, String status, String cancelReason,
                       Instant invitedAt, List<String> agenda, Minutes minutes, List<InputView> inputs) {
    }

    record Minutes(String status, List<String> attendees, String points, String agreed, String nextMeeting,
                   Instant approvedAt) {
    }

    record InputView(long id, String text, String unit, String followUpStatus, String followUpText,
                     LocalDate followUpDue, Instant followedUpAt) {
    }

    record TreatmentView(String body, String bodyName, LocalDate meetingDate, boolean asProposed, String decisionText) {
    }

    record Evaluation(String worked, String change) {
    }

    private final DialoguePlans plans;
    private final DialogueGroups groups;
    private final DialogueMeetings meetings;
    private final BodyTreatments treatments;
    private final DialogueDocuments documents;
    private final DialogueDisplay display;
    private final IdentityService identityService;

    DialogueController(DialoguePlans plans, DialogueGroups groups, DialogueMeetings meetings, BodyTreatments treatments,
                       DialogueDocuments documents, DialogueDisplay display, IdentityService identityService) {
        this.plans = plans;
        this.groups = groups;
        this.meetings = meetings;
        this.treatments = treatments;
        this.documents = documents;
        this.display = display;
        this.identityService = identityService;
    }

    /** Where a meeting's attendance is downloaded, for meeting pay; the minutes' task links to it. */
    static String attendancePath(DialogueMeeting meeting) {
        return "/api/dialogue/meetings/" + meeting.getId() + "/attendance.csv";
    }

    /** Where the year's records are read; the tasks link to the documents under it. */
    static String path(DialoguePlan plan) {
        return "/api/dialogue/" + plan.getYear();
    }

    @GetMapping("/api/dialogue/{year}")
    @Operation(summary = "The year's plan, meetings with status, minutes and inputs with their follow-up")
    @Transactional(readOnly = true)
    YearView year(@PathVariable int year) {
        DialoguePlan plan = readablePlan(year);
        return new YearView(plan.getYear(), plan.getCommittee(), plan.getStatus().name(), plan.getArchiveCaseNumber(),
                plan.getCommitteePlannedOn(),
                groups.findByPlanIdOrderById(plan.getId()).stream().map(g -> new GroupView(g.getName(), g.getLeader(),
                        g.getMembers(), g.getOtherMembers(), g.getCoordinator())).toList(),
                meetings.findByPlanIdOrderByMeetingDateAscStartTimeAscIdAsc(plan.getId()).stream()
                        .map(this::meeting).toList(),
                treatments.findByPlanIdOrderById(plan.getId()).stream().map(t -> new TreatmentView(t.getBody().name(), t.getBodyName(),
                        t.getMeetingDate(), t.isAsProposed(), t.getDecisionText())).toList(),
                plan.getEvaluationWorked() == null ? null
                        : new Evaluation(plan.getEvaluationWorked(), plan.getEvaluationChange()));
    }

    @GetMapping("/api/dialogue/{year}/inputs")
    @Operation(summary = "D8: every input from the year's meetings with its unit and follow-up status")
    @Transactional(readOnly = true)
    List<InputView> inputs(@PathVariable int year) {
        return documents.inputsOf(readablePlan(year)).stream().map(DialogueController::input).toList();
    }

    @GetMapping("/api/dialogue/{year}/inputs.csv")
    @Operation(summary = "D8: the inputs' status list as CSV (semicolon-separated, for spreadsheets)")
    @Transactional(readOnly = true)
    ResponseEntity<byte[]> inputsCsv(@PathVariable int year) {
        return document(documents.inputsCsv(readablePlan(year)), CSV,
                "innspill-dialogmoter-" + year + ".csv");
    }

    @GetMapping("/api/dialogue/{year}/attendance.csv")
    @Operation(summary = "D5: who attended each of the year's meetings, for meeting pay (secretariat)")
    @Transactional(readOnly = true)
    ResponseEntity<byte[]> attendanceCsv(@PathVariable int year) {
        CurrentUser.requireAnyOf(identityService, "The attendance is for the secretariat.",
                OrganisationGroups.COMMITTEE_SECRETARIAT, Groups.CAMUNDA_ADMIN);
        return document(documents.attendanceCsv(readablePlan(year)), CSV, "oppmote-dialogmoter-" + year + ".csv");
    }

    @GetMapping("/api/dialogue/meetings/{id}/attendance.csv")
    @Operation(summary = "D5: who attended one meeting, for meeting pay (secretariat and the meeting's coordinator)")
    @Transactional(readOnly = true)
    ResponseEntity<byte[]> meetingAttendanceCsv(@PathVariable long id) {
        DialogueMeeting meeting = meetings.findById(id).orElseThrow(() -> new ResponseStatusException(
                HttpStatus.NOT_FOUND, "No such dialogue meeting."));
        Authentication user = identityService.getCurrentAuthentication();
        boolean coordinator = user != null && meeting.getGroup().getCoordinator().equals(user.getUserId());
        if (!coordinator) {
            CurrentUser.requireAnyOf(identityService, "The attendance is for the secretariat and the coordinator.",
                    OrganisationGroups.COMMITTEE_SECRETARIAT, Groups.CAMUNDA_ADMIN);
        }
        return document(documents.attendanceCsv(List.of(meeting)), CSV,
                "oppmote-dialogmote-" + meeting.getMeetingDate() + ".csv");
    }

    @GetMapping("/api/dialogue/{year}/summary.docx")
    @Operation(summary = "D6: the summary of the year's minutes, as a Word document")
    @Transactional(readOnly = true)
    ResponseEntity<byte[]> summary(@PathVariable int year) {
        return document(documents.summary(readablePlan(year)), DialogueDocuments.DOCX,
                "oppsummering-dialogmoter-" + year + ".docx");
    }

    @GetMapping("/api/dialogue/{year}/case-presentation.docx")
    @Operation(summary = "D7: the case presentation (saksframlegg) for the committee and the council, as Word")
    @Transactional(readOnly = true)
    ResponseEntity<byte[]> casePresentation(@PathVariable int year) {
        return document(documents.casePresentation(readablePlan(year)), DialogueDocuments.DOCX,
                "saksframlegg-dialogmoter-" + year + ".docx");
    }

    private MeetingView meeting(DialogueMeeting m) {
        return new MeetingView(m.getId(), m.getUnitCode(), display.counterpart(m), m.getGroup().getName(),
                m.getMeetingDate(), m.getStartTime(), m.getEndTime(), m.getPlace(), m.getThemes(), m.getStatus().name(),
                m.getCancelReason(), m.getInvitedAt(), m.getAgendaItems().stream().map(AgendaItem::getText).toList(),
                m.getMinutesStatus() == MinutesStatus.NONE ? null : new Minutes(m.getMinutesStatus().name(),
                        m.getAttendees().stream().map(a -> a.getName() + ", " + a.getOrganisation()).toList(),
                        m.getMinutesPoints(), m.getMinutesAgreed(), m.getMinutesNextMeeting(), m.getMinutesApprovedAt()),
                m.getInputs().stream().map(DialogueController::input).toList());
    }

    private static InputView input(DialogueInput i) {
        return new InputView(i.getId(), i.getText(), i.getUnitCode(), i.getFollowUpStatus().name(), i.getFollowUpText(),
                i.getFollowUpDue(), i.getFollowedUpAt());
    }

    /**
     * The dialogue meetings are the elected bodies' business: the secretariat, the politicians, the
     * mayor and the chief executive read them, and the unit leaders who follow the inputs up.
     */
    private DialoguePlan readablePlan(int year) {
        boolean reader = CurrentUser.groups(identityService).stream().anyMatch(g -> g.equals(Groups.CAMUNDA_ADMIN)
                || g.equals(OrganisationGroups.COMMITTEE_SECRETARIAT) || g.equals(OrganisationGroups.POLITICIANS)
                || g.equals(OrganisationGroups.MAYOR) || g.equals(OrganisationGroups.CHIEF_EXECUTIVE)
                || (g.startsWith("unit-") && g.endsWith("-leaders")));
        if (!reader) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN,
                    "The dialogue meetings are for the secretariat, the politicians and the unit leaders.");
        }
        return plans.findByYear(year).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "No dialogue meetings are planned for " + year + "."));
    }

    private static ResponseEntity<byte[]> document(byte[] content, MediaType type, String fileName) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
                .body(content);
    }
}
