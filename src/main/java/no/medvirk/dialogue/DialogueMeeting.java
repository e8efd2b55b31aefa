package no.medvirk.dialogue;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/** D3-D5: one dialogue meeting with a unit's users and employees: invitation, agenda, outcome, minutes. */
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

    protected DialogueMeeting() {
    }

    DialogueMeeting(Long planId, Long requestId, DialogueGroup group, String unitCode, MeetingTime time, String place,
                    String themes) {
        this.planId = planId;
        this.requestId = requestId;
        this.group = group;
        this.unitCode = unitCode;
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
    void minutes(List<MeetingAttendee.Draft> attendees, String points, List<DialogueInput.Draft> inputs, String agreed,
                 String nextMeeting) {
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
