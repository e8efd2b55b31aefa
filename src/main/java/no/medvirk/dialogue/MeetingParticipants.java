package no.medvirk.dialogue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.medvirk.organisation.Organisation;
import org.springframework.stereotype.Component;

/**
 * Who takes part in a dialogue meeting (D2, D4) and whom it meets (D3, D10), from the meeting's group
 * and counterpart and the organisation file. Every mail about a meeting - invitation, final agenda,
 * minutes, results - takes its recipients from here.
 */
@Component
class MeetingParticipants {

    /** Someone of the organisation file who takes part, with the role the invitation and attendance name. */
    record Participant(String personId, String name, String email, ParticipantRole role) {
    }

    private final Organisation organisation;

    MeetingParticipants(Organisation organisation) {
        this.organisation = organisation;
    }

    /**
     * The participants, each once, in this order: the group's leader and politicians, its coordinator, the
     * leaders of the units met, and whom the administration sends (the organisation file's
     * {@code administration.invited}, the chief executive in the demo).
     */
    List<Participant> of(DialogueMeeting meeting) {
        Map<String, ParticipantRole> roles = new LinkedHashMap<>();
        DialogueGroup group = meeting.getGroup();
        roles.putIfAbsent(group.getLeader(), ParticipantRole.LEADER);
        group.getMembers().forEach(member -> roles.putIfAbsent(member, ParticipantRole.POLITICIAN));
        roles.putIfAbsent(group.getCoordinator(), ParticipantRole.COORDINATOR);
        for (String unitCode : meeting.getUnits()) {
            organisation.unit(unitCode).ifPresent(unit -> unit.leaders()
                    .forEach(leader -> roles.putIfAbsent(leader, ParticipantRole.UNIT_LEADER)));
        }
        if (organisation.administration() != null) {
            organisation.administration().invited()
                    .forEach(person -> roles.putIfAbsent(person, ParticipantRole.ADMINISTRATION));
        }
        List<Participant> participants = new ArrayList<>();
        roles.forEach((id, role) -> organisation.person(id).ifPresent(person ->
                participants.add(new Participant(id, person.fullName(), person.email(), role))));
        return participants;
    }

    /**
     * Whom the meeting is with, as mail reaches them: each unit's user council and employees' contacts
     * (D3), and the named group's contacts (D10), each address once.
     */
    List<Organisation.Contact> counterpartContacts(DialogueMeeting meeting) {
        Map<String, Organisation.Contact> contacts = new LinkedHashMap<>();
        for (String unitCode : meeting.getUnits()) {
            organisation.unit(unitCode).ifPresent(unit -> {
                unit.userCouncil().forEach(c -> contacts.putIfAbsent(c.email(), c));
                unit.employeeContacts().forEach(c -> contacts.putIfAbsent(c.email(), c));
            });
        }
        meeting.getContacts().forEach(email -> contacts.putIfAbsent(email,
                new Organisation.Contact(meeting.getCounterpart(), email)));
        return List.copyOf(contacts.values());
    }
}
