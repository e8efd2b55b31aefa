package no.medvirk.dialogue;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * D3-D5: one dialogue meeting with its counterpart - a unit's users and employees, several units', or
 * a named group such as a user organisation with its contacts' addresses (D10) - invitation, agenda,
 * outcome, minutes and attendance. {@code unitCode} is the first of its units (none for a named group).
 */
@Entity
@Table(name = "dialogue_meeting")
public class DialogueMeeting {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long planId;
    private Long requestId;
    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "group_id")
    private DialogueGroup group;
    private String unitCode;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "dialogue_meeting_unit", joinColumns = @JoinColumn(name = "meeting_id"))
    @OrderColumn(name = "position")
    @Column(name = "unit_code")
    private List<String> units = new ArrayList<>();
    private String counterpart;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "dialogue_meeting_contact", joinColumns = @JoinColumn(name = "meeting_id"))
    @OrderColumn(name = "position")
    @Column(name = "email")
    private List<String> contacts = new ArrayList<>();
    private LocalDate meetingDate;
    private String startTime;
    private String endTime;
    private String place;
    private String themes;
    @Enumerated(EnumType.STRING)
    private MeetingStatus status;
    private String cancelReason;
    private Instant invitedAt;
    private Instant finalAgendaAt;
    @Enumerated(EnumType.STRING)
    private MinutesStatus minutesStatus;
    private String minutesPoints;
    private String minutesAgreed;
    private String minutesNextMeeting;
    private String minutesReturnComment;
    private Instant minutesApprovedAt;
    private Instant minutesRemindedAt;
    @OneToMany(mappedBy = "meeting", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("addedAt, id")
    private List<AgendaItem> agendaItems = new ArrayList<>();
    @OneToMany(mappedBy = "meeting", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<MeetingAttendee> attendees = new ArrayList<>();
    @OneToMany(mappedBy = "meeting", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<DialogueInput> inputs = new ArrayList<>();
    @OneToMany(mappedBy = "meeting", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<MeetingAttendance> attendance = new ArrayList<>();

    /**
     * Whom a meeting is with: units of the organisation, or a named group (a user organisation, an
     * owners' association) with its contacts' e-mail addresses, or both.
     */
    record Counterpart(List<String> units, String name, List<String> contacts) {

        Counterpart {
            units = units == null ? List.of() : List.copyOf(units);
            contacts = contacts == null ? List.of() : List.copyOf(contacts);
        }

        static Counterpart unit(String unitCode) {
            return new Counterpart(unitCode == null ? List.of() : List.of(unitCode), null, List.of());
        }
    }

    protected DialogueMeeting() {
    }

    DialogueMeeting(Long planId, Long requestId, DialogueGroup group, Counterpart counterpart, MeetingTime time,
                    String place, String themes) {
        this.planId = planId;
        this.requestId = requestId;
        this.group = group;
        this.units = new ArrayList<>(counterpart.units());
        this.unitCode = units.isEmpty() ? null : units.get(0);
        this.counterpart = counterpart.name();
        this.contacts = new ArrayList<>(counterpart.contacts());
        this.place = place;
        this.themes = themes;
        this.status = MeetingStatus.PLANNED;
        this.minutesStatus = MinutesStatus.NONE;
        at(time);
    }

    private void at(MeetingTime time) {
        this.meetingDate = time.date();
        this.startTime = time.start().toString();
        this.endTime = time.end().toString();
    }

    MeetingTime time() {
        return new MeetingTime(meetingDate, LocalTime.parse(startTime), LocalTime.parse(endTime));
    }

    ZonedDateTime start(ZoneId zone) {
        return meetingDate.atTime(LocalTime.parse(startTime)).atZone(zone);
    }

    ZonedDateTime end(ZoneId zone) {
        return meetingDate.atTime(LocalTime.parse(endTime)).atZone(zone);
    }

    void invited(Instant at) {
        this.invitedAt = at;
        this.status = MeetingStatus.INVITED;
    }

    void addAgendaItem(String text, String proposedBy, Instant at) {
        agendaItems.add(new AgendaItem(this, text, proposedBy, at));
    }

    void finalAgendaSent(Instant at) {
        this.finalAgendaAt = at;
    }

    void held() {
        this.status = MeetingStatus.HELD;
    }

    /** D4: moved to a new time; invitation and agenda go out again for it. */
    void moved(MeetingTime time) {
        at(time);
        this.status = MeetingStatus.PLANNED;
        this.invitedAt = null;
        this.finalAgendaAt = null;
    }

    void cancelled(String reason) {
        this.cancelReason = reason;
        this.status = MeetingStatus.CANCELLED;
    }

    /** D5: the coordinator's minutes, replacing an earlier draft. */
    void minutes(List<MeetingAttendance.Draft> attendance, List<MeetingAttendee.Draft> attendees, String points, List<DialogueInput.Draft> inputs, String agreed,
                 String nextMeeting) {
        this.attendance.clear();
        attendance.forEach(a -> this.attendance.add(new MeetingAttendance(this, a)));
        this.attendees.clear();
        attendees.forEach(a -> this.attendees.add(new MeetingAttendee(this, a.name(), a.organisation())));
        this.inputs.clear();
        inputs.forEach(i -> this.inputs.add(new DialogueInput(this, i.text(), i.unitCode())));
        this.minutesPoints = points;
        this.minutesAgreed = agreed;
        this.minutesNextMeeting = nextMeeting;
        this.minutesStatus = MinutesStatus.SUBMITTED;
    }

    void minutesApproved(Instant at) {
        this.minutesStatus = MinutesStatus.APPROVED;
        this.minutesApprovedAt = at;
        this.minutesReturnComment = null;
    }

    void minutesReturned(String comment) {
        this.minutesStatus = MinutesStatus.RETURNED;
        this.minutesReturnComment = comment;
    }

    /** The minutes are late: one reminder; false if one was sent or they are written. */
    boolean remindOfMinutes(Instant at) {
        if (minutesRemindedAt != null || minutesStatus == MinutesStatus.SUBMITTED
                || minutesStatus == MinutesStatus.APPROVED) {
            return false;
        }
        minutesRemindedAt = at;
        return true;
    }

    public Long getId() {
        return id;
    }

    public Long getPlanId() {
        return planId;
    }

    public Long getRequestId() {
        return requestId;
    }

    public DialogueGroup getGroup() {
        return group;
    }

    public String getUnitCode() {
        return unitCode;
    }

    /** The units the meeting is with, the first one first; none for a meeting with a named group alone. */
    public List<String> getUnits() {
        return List.copyOf(units);
    }

    /** The named group the meeting is with (a user organisation, an owners' association); null for units alone. */
    public String getCounterpart() {
        return counterpart;
    }

    /** D10: a requester's address goes when their request is done with (personal data). */
    void eraseContact(String email) {
        contacts.remove(email);
    }

    /** The named group's contacts' e-mail addresses. */
    public List<String> getContacts() {
        return List.copyOf(contacts);
    }

    public List<MeetingAttendance> getAttendance() {
        return List.copyOf(attendance);
    }

    public LocalDate getMeetingDate() {
        return meetingDate;
    }

    public String getStartTime() {
        return startTime;
    }

    public String getEndTime() {
        return endTime;
    }

    public String getPlace() {
        return place;
    }

    public String getThemes() {
        return themes;
    }

    public MeetingStatus getStatus() {
        return status;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public Instant getInvitedAt() {
        return invitedAt;
    }

    public Instant getFinalAgendaAt() {
        return finalAgendaAt;
    }

    public MinutesStatus getMinutesStatus() {
        return minutesStatus;
    }

    public String getMinutesPoints() {
        return minutesPoints;
    }

    public String getMinutesAgreed() {
        return minutesAgreed;
    }

    public String getMinutesNextMeeting() {
        return minutesNextMeeting;
    }

    public String getMinutesReturnComment() {
        return minutesReturnComment;
    }

    public Instant getMinutesApprovedAt() {
        return minutesApprovedAt;
    }

    public Instant getMinutesRemindedAt() {
        return minutesRemindedAt;
    }

    public List<AgendaItem> getAgendaItems() {
        return List.copyOf(agendaItems);
    }

    public List<MeetingAttendee> getAttendees() {
        return List.copyOf(attendees);
    }

    public List<DialogueInput> getInputs() {
        return List.copyOf(inputs);
    }
}
