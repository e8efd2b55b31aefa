package no.medvirk.dialogue;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * D2, D5: whether one of the meeting's participants came, or who came in their place. The meetings
 * count as the committee's meetings, so this is what meeting pay is paid from (the attendance CSV).
 */
@Entity
@Table(name = "meeting_attendance")
public class MeetingAttendance {

    /** A row as the minutes' form gives it: a participant present or absent, or a substitute for one. */
    record Draft(String personId, String name, ParticipantRole role, AttendanceStatus status, String substituteFor) {
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "meeting_id")
    private DialogueMeeting meeting;
    private String personId;
    private String name;
    @Enumerated(EnumType.STRING)
    private ParticipantRole role;
    @Enumerated(EnumType.STRING)
    private AttendanceStatus status;
    private String substituteFor;

    protected MeetingAttendance() {
    }

    MeetingAttendance(DialogueMeeting meeting, Draft draft) {
        this.meeting = meeting;
        this.personId = draft.personId();
        this.name = draft.name();
        this.role = draft.role();
        this.status = draft.status();
        this.substituteFor = draft.substituteFor();
    }

    DialogueMeeting getMeeting() {
        return meeting;
    }

    /** The participant's person id; null for a substitute who is not in the organisation file. */
    public String getPersonId() {
        return personId;
    }

    public String getName() {
        return name;
    }

    public ParticipantRole getRole() {
        return role;
    }

    public AttendanceStatus getStatus() {
        return status;
    }

    /** For a substitute: the person id of the participant they came for. */
    public String getSubstituteFor() {
        return substituteFor;
    }
}
