package no.medvirk.dialogue;

import static no.medvirk.documents.WordDocuments.bytes;
import static no.medvirk.documents.WordDocuments.cell;
import static no.medvirk.documents.WordDocuments.heading;
import static no.medvirk.documents.WordDocuments.labelled;
import static no.medvirk.documents.WordDocuments.paragraph;
import static no.medvirk.documents.WordDocuments.section;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import no.medvirk.documents.CsvFiles;
import no.medvirk.documents.WordDocuments;
import no.medvirk.organisation.Organisation;
import no.medvirk.time.Dates;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * D6, D7: the summary report of the year's minutes and the case presentation (saksframlegg) for the
 * committee and the council, as Word documents the secretary can open, edit and print. Made from the
 * records whenever they are downloaded, in the shape of the municipalities' own (docs/requirements.md).
 */
@Component
class DialogueDocuments {

    static final MediaType DOCX = WordDocuments.DOCX;
    private static final String[] INPUT_HEADER = {"Enhet møtt", "Møtedato", "Innspill", "Ansvarlig enhet", "Status",
            "Hva er gjort eller planlagt", "Frist"};

    private static final String[] ATTENDANCE_HEADER = {"Møte med", "Møtedato", "Navn", "Rolle", "Organ", "Oppmøte",
            "Vara for"};

    private final DialogueMeetings meetings;
    private final BodyTreatments treatments;
    private final DialogueDisplay display;
    private final Organisation organisation;

    DialogueDocuments(DialogueMeetings meetings, BodyTreatments treatments, DialogueDisplay display,
                      Organisation organisation) {
        this.meetings = meetings;
        this.treatments = treatments;
        this.display = display;
        this.organisation = organisation;
    }

    /** D6: per unit, the meeting, who came, what was raised, the main conclusions and the inputs. */
    @Transactional(readOnly = true)
    byte[] summary(DialoguePlan plan) {
        try (XWPFDocument doc = new XWPFDocument()) {
            heading(doc, "Oppsummering: Sammenstilling av referatene fra dialogmøtene " + plan.getYear(), 16);
            paragraph(doc, plan.getCommittee() + " holdt dialogmøter med brukere og ansatte i disse enhetene i "
                    + plan.getYear() + ". Under følger hovedpunktene fra hvert møte og innspillene, med enheten som "
                    + "har ansvaret for å følge dem opp.");
            for (DialogueMeeting m : meetingsOf(plan)) {
                heading(doc, display.counterpart(m), 13);
                labelled(doc, "Møte", display.when(m) + ", " + m.getPlace());
                labelled(doc, "Dialoggruppe", m.getGroup().getName() + ", ledet av " + display.person(m.getGroup().getLeader())
                        + (display.otherMembers(m.getGroup()) == null ? "" : ", med " + display.otherMembers(m.getGroup())));
                labelled(doc, "Temaer", m.getThemes());
                if (m.getStatus() == MeetingStatus.CANCELLED) {
                    labelled(doc, "Møtet ble avlyst", m.getCancelReason());
                    continue;
                }
                labelled(doc, "Til stede", Stream.concat(m.getAttendance().stream()
                        .filter(a -> a.getStatus() != AttendanceStatus.ABSENT)
                        .map(a -> a.getName() + " (" + display.role(a.getRole()) + ")"), m.getAttendees().stream()
                        .map(a -> a.getName() + " (" + a.getOrganisation() + ")")).collect(Collectors.joining(", ")));
                labelled(doc, "Saker som ble tatt opp", m.getMinutesPoints());
                labelled(doc, "Hovedkonklusjoner", m.getMinutesAgreed());
                if (!m.getInputs().isEmpty()) {
                    paragraph(doc, "Innspill:").getRuns().get(0).setBold(true);
                    m.getInputs().forEach(i -> paragraph(doc, "• " + i.getText() + " (ansvar: " + display.unit(i.getUnitCode()) + ")"));
                }
            }
            return bytes(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** D7: the case presentation with case number, caseworker, route through the bodies, assessment and proposal. */
    @Transactional(readOnly = true)
    byte[] casePresentation(DialoguePlan plan) {
        List<BodyTreatment> treated = treatments.findByPlanIdOrderById(plan.getId());
        List<DialogueMeeting> held = meetingsOf(plan).stream().filter(m -> m.getStatus() == MeetingStatus.HELD).toList();
        try (XWPFDocument doc = new XWPFDocument()) {
            heading(doc, "Saksframlegg", 16);
            XWPFTable header = doc.createTable(2, 2);
            cell(header, 0, 0, "Arkivsak:");
            cell(header, 0, 1, plan.getArchiveCaseNumber() == null ? "" : plan.getArchiveCaseNumber());
            cell(header, 1, 0, "Saksbehandler:");
            cell(header, 1, 1, display.person(plan.getCaseworker()));
            paragraph(doc, "");
            paragraph(doc, "Saksgang").getRuns().get(0).setBold(true);
            XWPFTable route = doc.createTable(3, 2);
            cell(route, 0, 0, "Utvalg");
            cell(route, 0, 1, "Møtedato");
            cell(route, 1, 0, plan.getCommittee());
            cell(route, 1, 1, date(treatedOn(treated, Body.COMMITTEE)));
            cell(route, 2, 0, treated.stream().filter(t -> t.getBody() == Body.COUNCIL).map(BodyTreatment::getBodyName)
                    .findFirst().orElse(display.bodyName(Body.COUNCIL, plan)));
            cell(route, 2, 1, date(treatedOn(treated, Body.COUNCIL)));
            paragraph(doc, "");
            heading(doc, "DIALOGMØTENE " + plan.getYear() + " – OPPSUMMERING", 14);
            paragraph(doc, "Vedlegg: Oppsummering: Sammenstilling av referatene fra dialogmøtene " + plan.getYear());
            section(doc, "SAMMENDRAG:", "Dialogmøtene i " + plan.getYear() + " oppsummeres.");
            section(doc, "SAKSOPPLYSNINGER:", plan.getCommittee() + " planla årets dialogmøter"
                    + (plan.getCommitteePlannedOn() == null ? "" : " i sitt møte " + date(plan.getCommitteePlannedOn()))
                    + ", og gjennomførte møtene " + months(held) + ". Oppsummeringen som er vedlagt er "
                    + "sammenstillingen av møtereferatene fra dialogmøtene med disse enhetene:");
            held.forEach(m -> paragraph(doc, "– " + display.counterpart(m)));
            section(doc, "VURDERING:", plan.getAssessment() == null ? "" : plan.getAssessment());
            section(doc, display.proposes(), "");
            paragraph(doc, "innstilling:").getRuns().get(0).setBold(true);
            paragraph(doc, plan.getProposedDecision());
            return bytes(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** D8: every input from the year's meetings, in meeting order. */
    @Transactional(readOnly = true)
    List<DialogueInput> inputsOf(DialoguePlan plan) {
        return meetingsOf(plan).stream().flatMap(m -> m.getInputs().stream()).toList();
    }

    /** D8: the inputs' status list as a spreadsheet. */
    @Transactional(readOnly = true)
    byte[] inputsCsv(DialoguePlan plan) {
        return CsvFiles.csv(List.of(INPUT_HEADER), inputsOf(plan).stream().map(i -> Arrays.asList(
                display.counterpart(i.getMeeting()), date(i.getMeeting().getMeetingDate()), i.getText(),
                display.unit(i.getUnitCode()), i.getFollowUpStatus().label(), i.getFollowUpText(),
                date(i.getFollowUpDue()))).toList());
    }

    /** D5: who attended the year's meetings, for meeting pay: one row per participant and substitute. */
    @Transactional(readOnly = true)
    byte[] attendanceCsv(DialoguePlan plan) {
        return attendanceCsv(meetingsOf(plan));
    }

    /** D5: who attended one meeting, for meeting pay. */
    @Transactional(readOnly = true)
    byte[] attendanceCsv(List<DialogueMeeting> of) {
        List<List<String>> rows = new ArrayList<>();
        for (DialogueMeeting m : of) {
            for (MeetingAttendance a : m.getAttendance()) {
                String person = a.getPersonId() != null ? a.getPersonId() : a.getSubstituteFor();
                rows.add(Arrays.asList(display.counterpart(m), date(m.getMeetingDate()), a.getName(),
                        display.role(a.getRole()), Objects.toString(organisation.bodyOf(person), ""),
                        a.getStatus().label(), a.getSubstituteFor() == null ? "" : display.person(a.getSubstituteFor())));
            }
        }
        return CsvFiles.csv(List.of(ATTENDANCE_HEADER), rows);
    }

    private List<DialogueMeeting> meetingsOf(DialoguePlan plan) {
        return meetings.findByPlanIdOrderByMeetingDateAscStartTimeAscIdAsc(plan.getId());
    }

    private static LocalDate treatedOn(List<BodyTreatment> treated, Body body) {
        return treated.stream().filter(t -> t.getBody() == body).map(BodyTreatment::getMeetingDate)
                .reduce((first, second) -> second).orElse(null);
    }

    /** "i mai/juni 2027": the months the meetings were held in. */
    private static String months(List<DialogueMeeting> held) {
        Set<String> months = new LinkedHashSet<>();
        held.forEach(m -> months.add(Dates.month(m.getMeetingDate())));
        return months.isEmpty() ? "" : "i " + String.join("/", months) + " "
                + Optional.of(held.get(0).getMeetingDate().getYear()).get();
    }

    private static String date(LocalDate date) {
        return date == null ? "" : Dates.day(date);
    }
}
