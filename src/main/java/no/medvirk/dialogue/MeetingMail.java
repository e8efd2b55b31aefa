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
 * D3: the invitation and the final agenda go to the unit's user council and employees' contacts
 * (from the organisation file) and to the dialogue group's leader and coordinator.
 */
@Component
class MeetingMail {

    /** What the invitation templates see. */
    record Invitation(String unit, String when, String place, String group, String leader, String otherMembers,
                      String themes, List<String> agenda, String serviceInfo, String agendaDeadline, String coordinator,
                      String coordinatorEmail) {
    }

    private final Organisation organisation;
    private final DialogueDisplay display;
    private final Outbox outbox;
    private final Clock clock;

    MeetingMail(Organisation organisation, DialogueDisplay display, Outbox outbox, Clock clock) {
        this.organisation = organisation;
        this.display = display;
        this.outbox = outbox;
        this.clock = clock;
    }

    void send(String template, DialogueMeeting meeting, Date agendaDeadline) {
        Organisation.Unit unit = organisation.unit(meeting.getUnitCode()).orElseThrow();
        Invitation invitation = new Invitation(unit.name(), display.when(meeting), meeting.getPlace(),
                meeting.getGroup().getName(), display.person(meeting.getGroup().getLeader()),
                meeting.getGroup().getOtherMembers(), meeting.getThemes(), display.agenda(meeting), unit.serviceInfo(),
                agendaDeadline == null ? null : DialogueDisplay.day(
                        agendaDeadline.toInstant().atZone(clock.getZone()).toLocalDate()),
                display.person(meeting.getGroup().getCoordinator()),
                email(meeting.getGroup().getCoordinator()).orElse(""));
        recipients(unit, meeting).forEach(email -> outbox.send(email, template, invitation));
    }

    private Set<String> recipients(Organisation.Unit unit, DialogueMeeting meeting) {
        Set<String> emails = new LinkedHashSet<>();
        unit.userCouncil().forEach(c -> emails.add(c.email()));
        unit.employeeContacts().forEach(c -> emails.add(c.email()));
        for (String person : List.of(meeting.getGroup().getLeader(), meeting.getGroup().getCoordinator())) {
            organisation.person(person).map(Organisation.Person::email).ifPresent(emails::add);
        }
        return emails;
    }

    Optional<String> email(String personId) {
        return organisation.person(personId).map(Organisation.Person::email);
    }
}
