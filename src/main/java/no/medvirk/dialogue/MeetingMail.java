package no.medvirk.dialogue;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import no.medvirk.notification.Outbox;
import no.medvirk.organisation.Organisation;
import org.springframework.stereotype.Component;

/**
 * D3 and the results that travel back: the invitation and the final agenda, with the unit's message
 * figures of the last year, go to whom the meeting is with and to its participants, each told their role
 * ({@link #participants}); the approved minutes to them and the units; the bodies' decisions and each
 * follow-up's status to whoever gave the inputs ({@link #inputGivers}).
 */
@Component
class MeetingMail {

    /** What the invitation templates see; {@code participants} are "name (role)". */
    record Invitation(String unit, String when, String place, String group, String leader, String otherMembers,
                      String themes, List<String> agenda, String serviceInfo, String agendaDeadline, String coordinator,
                      String coordinatorEmail, List<String> participants, UnitMessageSummary.Figures messages) {
    }

    /** What the approved minutes' mail shows: no attendee's name, only the organisations that came. */
    record Minutes(String unit, String when, String group, String organisations, int attendeeCount, String points,
                   List<String> inputs, String agreed, String nextMeeting) {
    }

    /** A body's decision on the year's summary, to a user council, with the inputs its meeting gave. */
    record Decision(String unit, String when, String body, String decidedOn, String decisionText,
                    List<String> inputs) {
    }

    /** Where one input stands after a follow-up. */
    record FollowUp(String unit, String when, String input, String status, String what, String nextFollowUp) {
    }

    private final Organisation organisation;
    private final DialogueDisplay display;
    private final MeetingParticipants participants;
    private final MeetingRequests requests;
    private final UnitMessageSummary messageSummary;
    private final Outbox outbox;
    private final Clock clock;

    MeetingMail(Organisation organisation, DialogueDisplay display, MeetingParticipants participants,
                MeetingRequests requests, UnitMessageSummary messageSummary, Outbox outbox, Clock clock) {
        this.organisation = organisation;
        this.display = display;
        this.participants = participants;
        this.requests = requests;
        this.messageSummary = messageSummary;
        this.outbox = outbox;
        this.clock = clock;
    }

    void send(String template, DialogueMeeting meeting, Date agendaDeadline) {
        Invitation invitation = new Invitation(display.counterpart(meeting), display.when(meeting), meeting.getPlace(),
                meeting.getGroup().getName(), display.person(meeting.getGroup().getLeader()),
                display.otherMembers(meeting.getGroup()), meeting.getThemes(), display.agenda(meeting),
                display.serviceInfo(meeting),
                agendaDeadline == null ? null : DialogueDisplay.day(
                        agendaDeadline.toInstant().atZone(clock.getZone()).toLocalDate()),
                display.person(meeting.getGroup().getCoordinator()),
                email(meeting.getGroup().getCoordinator()).orElse(""),
                participants.of(meeting).stream().map(p -> p.name() + " (" + display.role(p.role()) + ")").toList(),
                lastYearsMessages(meeting));
        participants(meeting).forEach(email -> outbox.send(email, template, invitation));
    }

    /** The citizens' messages to the (first) unit over the year before today, for the pack sent ahead. */
    private UnitMessageSummary.Figures lastYearsMessages(DialogueMeeting meeting) {
        LocalDate today = LocalDate.now(clock);
        return meeting.getUnitCode() == null ? null
                : messageSummary.of(meeting.getUnitCode(), today.minusYears(1), today).orElse(null);
    }

    /** What the requester hears when the meeting is planned. */
    record Accepted(String requestedBy, String topic, String unit, String when, String place, String themes,
                    String coordinator, String coordinatorEmail) {
    }

    /** D10: the answer to a request that was accepted, to whoever asked, with the meeting as planned. */
    void accepted(DialogueMeeting meeting) {
        MeetingRequest request = requests.get(meeting.getRequestId());
        if (request.getContactEmail() != null) {
            outbox.send(request.getContactEmail(), "meeting-request-accepted", new Accepted(request.getRequestedBy(),
                    request.getTopic(), String.join(", ", meeting.getUnits().stream().map(display::unit).toList()), display.when(meeting),
                    meeting.getPlace(), meeting.getThemes(), display.person(meeting.getGroup().getCoordinator()),
                    email(meeting.getGroup().getCoordinator()).orElse("")));
        }
    }

    /** D5: the approved minutes, to the participants and the units. */
    void minutes(DialogueMeeting meeting) {
        Set<String> emails = participants(meeting);
        meeting.getUnits().forEach(code -> organisation.unit(code).map(Organisation.Unit::email).ifPresent(emails::add));
        List<String> organisations = meeting.getAttendees().stream().map(MeetingAttendee::getOrganisation)
                .distinct().toList();
        Minutes minutes = new Minutes(display.counterpart(meeting), display.when(meeting),
                meeting.getGroup().getName(), String.join(", ", organisations), meeting.getAttendees().size(),
                meeting.getMinutesPoints(), inputs(meeting), meeting.getMinutesAgreed(),
                meeting.getMinutesNextMeeting());
        emails.forEach(email -> outbox.send(email, "dialogue-minutes", minutes));
    }

    /** D7: how a body decided on the summary, to whoever gave this meeting's inputs. */
    void decision(DialogueMeeting meeting, BodyTreatment treatment) {
        Decision decision = new Decision(display.counterpart(meeting), display.when(meeting),
                treatment.getBodyName(), DialogueDisplay.day(treatment.getMeetingDate()), treatment.getDecisionText(),
                inputs(meeting));
        inputGivers(meeting).forEach(email -> outbox.send(email, "dialogue-decision", decision));
    }

    /** D8: where an input stands after its follow-up, to whoever gave it. */
    void followUp(DialogueInput input) {
        DialogueMeeting meeting = input.getMeeting();
        FollowUp followUp = new FollowUp(display.counterpart(meeting), display.when(meeting), input.getText(),
                input.getFollowUpStatus().label(), input.getFollowUpText(),
                input.isFinished() || input.getFollowUpDue() == null ? null
                        : DialogueDisplay.day(input.getFollowUpDue()));
        inputGivers(meeting).forEach(email -> outbox.send(email, "dialogue-follow-up", followUp));
    }

    /**
     * Everyone a meeting's mails go to, each address once: whom the meeting is with (each unit's user
     * council and employees' contacts, a named group's or a requester's contacts) and its participants
     * (the group, the coordinator, the units' leaders, the administration).
     */
    Set<String> participants(DialogueMeeting meeting) {
        Set<String> emails = new LinkedHashSet<>();
        participants.counterpartContacts(meeting).forEach(c -> emails.add(c.email()));
        participants.of(meeting).stream().map(MeetingParticipants.Participant::email).filter(Objects::nonNull)
                .forEach(emails::add);
        return emails;
    }

    /**
     * Who gave a meeting's inputs and hears what became of them: the user council of each unit, and the
     * named group's contacts (for a meeting on request, the requester).
     */
    Set<String> inputGivers(DialogueMeeting meeting) {
        Set<String> emails = new LinkedHashSet<>();
        meeting.getUnits().forEach(code -> organisation.unit(code)
                .ifPresent(unit -> unit.userCouncil().forEach(c -> emails.add(c.email()))));
        emails.addAll(meeting.getContacts());
        return emails;
    }

    private static List<String> inputs(DialogueMeeting meeting) {
        return meeting.getInputs().stream().map(DialogueInput::getText).toList();
    }

    Optional<String> email(String personId) {
        return organisation.person(personId).map(Organisation.Person::email);
    }
}
