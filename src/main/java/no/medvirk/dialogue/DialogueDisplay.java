package no.medvirk.dialogue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import no.medvirk.organisation.Organisation;
import no.medvirk.time.Dates;
import org.springframework.stereotype.Component;

/** What the dialogue forms show: names for ids, Norwegian dates, escaped Markdown, select options. */
@Component
class DialogueDisplay {

    private final Organisation organisation;

    DialogueDisplay(Organisation organisation) {
        this.organisation = organisation;
    }

    String person(String id) {
        return id == null ? "" : organisation.personName(id);
    }

    String unit(String code) {
        return code == null ? "" : organisation.unitName(code);
    }

    static String day(LocalDate date) {
        return date == null ? "" : Dates.writtenDay(date);
    }

    String when(DialogueMeeting m) {
        return day(m.getMeetingDate()) + " kl. " + m.getStartTime() + "–" + m.getEndTime();
    }

    /** "Vei, park og idrett 12.05.2027": a meeting as the task list names it. */
    String meetingName(DialogueMeeting m) {
        return counterpart(m) + " " + Dates.day(m.getMeetingDate());
    }

    /** D10: whom the meeting is with: "Vei, park og idrett og Barnehage", "Hytteeierforeningen og NAV". */
    String counterpart(DialogueMeeting m) {
        List<String> names = new ArrayList<>(m.getUnits().stream().map(this::unit).toList());
        if (m.getCounterpart() != null) {
            names.add(0, m.getCounterpart());
        }
        if (names.size() <= 1) {
            return names.isEmpty() ? "" : names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " og " + names.get(names.size() - 1);
    }

    /** The group's politicians besides the leader, by name; a group planned before they were people has its text. */
    String otherMembers(DialogueGroup group) {
        if (group.getMembers().isEmpty()) {
            return group.getOtherMembers();
        }
        return String.join(", ", group.getMembers().stream().map(this::person).toList());
    }

    /** D3: what the units met tell about their service, for the invitation. */
    String serviceInfo(DialogueMeeting m) {
        List<String> info = m.getUnits().stream().flatMap(code -> organisation.unit(code).stream())
                .map(Organisation.Unit::serviceInfo).filter(Objects::nonNull).toList();
        return info.isEmpty() ? null : String.join("\n\n", info);
    }

    /** A participant's role as invitations and the attendance list name it; the administration by its title. */
    String role(ParticipantRole role) {
        return role == ParticipantRole.ADMINISTRATION && organisation.administration() != null
                ? organisation.administration().title() : role.label();
    }

    /** D7: the body's name from the organisation file; the committee as the plan recorded it. */
    String bodyName(Body body, DialoguePlan plan) {
        return body == Body.COMMITTEE || organisation.bodies() == null ? plan.getCommittee()
                : organisation.bodies().council().name();
    }

    /** D7: the line above the proposed decision, from the organisation file. */
    String proposes() {
        return organisation.administration() == null ? "Kommunedirektøren foreslår at det gjøres følgende"
                : organisation.administration().proposes();
    }

    /** D2: the politicians of the organisation file, for the group's leader and members. */
    List<Map<String, String>> politicianOptions() {
        return organisation.politicians().stream().flatMap(p -> organisation.person(p.person()).stream())
                .map(p -> Map.of("value", p.id(), "label", p.fullName() + " (" + organisation.bodyOf(p.id()) + ")"))
                .toList();
    }

    /** Everyone in the organisation, for the leader and coordinator selects. */
    List<Map<String, String>> personOptions() {
        return organisation.people().stream()
                .map(p -> Map.of("value", p.id(), "label", p.fullName())).toList();
    }

    List<Map<String, String>> unitOptions() {
        return organisation.units().stream().map(u -> Map.of("value", u.code(), "label", u.name())).toList();
    }

    String planMarkdown(List<DialogueGroup> groups, List<DialogueMeeting> meetings) {
        List<List<String>> groupRows = new ArrayList<>();
        groups.forEach(g -> groupRows.add(List.of(g.getName(), person(g.getLeader()),
                Objects.toString(otherMembers(g), ""), person(g.getCoordinator()))));
        List<List<String>> meetingRows = new ArrayList<>();
        meetings.forEach(m -> meetingRows.add(List.of(counterpart(m), when(m), m.getPlace(), m.getGroup().getName(),
                m.getThemes())));
        return "#### Dialoggrupper\n\n" + Markdown.table(List.of("Gruppe", "Leder", "Andre politikere", "Koordinator"),
                groupRows) + "\n#### Møter\n\n" + Markdown.table(List.of("Møte med", "Tid", "Sted", "Gruppe", "Temaer"),
                meetingRows);
    }

    /** D3: the agenda as invitations and forms show it: the fixed points, then the user council's items. */
    List<String> agenda(DialogueMeeting m) {
        List<String> items = new ArrayList<>();
        items.add("Velkommen, ved gruppens leder " + person(m.getGroup().getLeader()));
        if (!m.getUnits().isEmpty()) {
            items.add("Administrasjonen orienterer om " + String.join(" og ", m.getUnits().stream().map(this::unit).toList()));
        }
        items.add("Temaer fra utvalget: " + m.getThemes());
        m.getAgendaItems().forEach(i -> items.add(i.getText()
                + (i.getProposedBy() == null ? "" : " (meldt inn av " + i.getProposedBy() + ")")));
        items.add("Eventuelt");
        return items;
    }

    String agendaMarkdown(DialogueMeeting m) {
        return "#### Agenda\n\n" + Markdown.bullets(agenda(m));
    }

    String minutesMarkdown(DialogueMeeting m) {
        StringBuilder minutes = new StringBuilder("#### Oppmøte\n\n");
        minutes.append(Markdown.bullets(m.getAttendance().stream().map(a -> a.getStatus() == AttendanceStatus.SUBSTITUTE
                ? a.getName() + ", vara for " + person(a.getSubstituteFor())
                : a.getName() + ", " + role(a.getRole()) + ": " + a.getStatus().label()).toList()));
        minutes.append("\n#### Andre til stede\n\n");
        minutes.append(Markdown.bullets(m.getAttendees().stream()
                .map(a -> a.getName() + ", " + a.getOrganisation()).toList()));
        minutes.append("\n#### Saker som ble tatt opp\n\n").append(Markdown.paragraph(m.getMinutesPoints())).append('\n');
        minutes.append("\n#### Innspill\n\n").append(Markdown.table(List.of("Innspill", "Ansvarlig enhet"),
                m.getInputs().stream().map(i -> List.of(i.getText(), unit(i.getUnitCode()))).toList()));
        if (m.getMinutesAgreed() != null) {
            minutes.append("\n#### Avtalt\n\n").append(Markdown.paragraph(m.getMinutesAgreed())).append('\n');
        }
        if (m.getMinutesNextMeeting() != null) {
            minutes.append("\n#### Neste møte\n\n").append(Markdown.paragraph(m.getMinutesNextMeeting())).append('\n');
        }
        return minutes.toString();
    }
}
