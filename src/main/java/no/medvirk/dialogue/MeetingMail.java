package no.medvirk.dialogue;

import java.time.Clock;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import no.medvirk.notification.Outbox;
import no.medvirk.organisation.Organisation;
import org.springframework.stereotype.Component;

/**
 * D3: the invitation and the final agenda go to whom the meeting is with (each unit's user council and
 * employees' contacts, a named group's contacts) and to its participants: the group's politicians and
 * coordinator, the units' leaders and the administration, each told their role.
 */
@Component
class MeetingMail {

    /** What the invitation templates see; {@code participants} are "name (role)". */
    record Invitation(String unit, String when, String place, String group, String leader, String otherMembers,
                      String themes, List<String> agenda, String serviceInfo, String agendaDeadline, String coordinator,
                      String coordinatorEmail, List<String> participants) {
    }

    private final Organisation organisation;
    private final DialogueDisplay display;
    private final MeetingParticipants participants;
    private final Outbox outbox;
    private final Clock clock;

    MeetingMail(Organisation organisation, DialogueDisplay display, MeetingParticipants participants, Outbox outbox,
                Clock clock) {
        this.organisation = organisation;
        this.display = display;
        this.participants = participants;
        this.outbox = outbox;
        this.clock = clock;
    }

    void send(String template, DialogueMeeting meeting, Date agendaDeadline) {
        List<MeetingParticipants.Participant> people = participants.of(meeting);
        Invitation invitation = new Invitation(display.counterpart(meeting), display.when(meeting), meeting.getPlace(),
                meeting.getGroup().getName(), display.person(meeting.getGroup().getLeader()),
                display.otherMembers(meeting.getGroup()), meeting.getThemes(), display.agenda(meeting),
                display.serviceInfo(meeting),
                agendaDeadline == null ? null : DialogueDisplay.day(
                        agendaDeadline.toInstant().atZone(clock.getZone()).toLocalDate()),
                display.person(meeting.getGroup().getCoordinator()),
                email(meeting.getGroup().getCoordinator()).orElse(""),
                people.stream().map(p -> p.name() + " (" + display.role(p.role()) + ")").toList());
        Set<String> emails = new LinkedHashSet<>();
        participants.counterpartContacts(meeting).forEach(c -> emails.add(c.email()));
        people.forEach(p -> emails.add(p.email()));
        emails.forEach(email -> outbox.send(email, template, invitation));
    }

    Optional<String> email(String personId) {
        return organisation.person(personId).map(Organisation.Person::email);
    }
}
