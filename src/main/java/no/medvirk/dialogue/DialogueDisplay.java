package no.medvirk.dialogue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
        return unit(m.getUnitCode()) + " " + Dates.day(m.getMeetingDate());
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
                g.getOtherMembers() == null ? "" : g.getOtherMembers(), person(g.getCoordinator()))));
        List<List<String>> meetingRows = new ArrayList<>();
        meetings.forEach(m -> meetingRows.add(List.of(unit(m.getUnitCode()), when(m), m.getPlace(), m.getGroup().getName(),
                m.getThemes())));
        return "#### Dialoggrupper\n\n" + Markdown.table(List.of("Gruppe", "Leder", "Andre politikere", "Koordinator"),
                groupRows) + "\n#### Møter\n\n" + Markdown.table(List.of("Enhet", "Tid", "Sted", "Gruppe", "Temaer"),
                meetingRows);
    }

    /** D3: the agenda as invitations and forms show it: the fixed points, then the user council's items. */
    List<String> agenda(DialogueMeeting m) {
        List<String> items = new ArrayList<>();
        items.add("Velkommen, ved gruppens leder " + person(m.getGroup().getLeader()));
        items.add("Administrasjonen orienterer om " + unit(m.getUnitCode()));
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
        StringBuilder minutes = new StringBuilder("#### Til stede\n\n");
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
