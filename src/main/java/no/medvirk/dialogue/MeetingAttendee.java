package no.medvirk.dialogue;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** D5: someone who attended, with their organisation or role, as minutes list them (docs/requirements.md). */
@Entity
@Table(name = "meeting_attendee")
public class MeetingAttendee {

    /** An attendee as the minutes' form gives one. */
    record Draft(String name, String organisation) {
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "meeting_id")
    private DialogueMeeting meeting;
    private String name;
    private String organisation;

    protected MeetingAttendee() {
    }

    MeetingAttendee(DialogueMeeting meeting, String name, String organisation) {
        this.meeting = meeting;
        this.name = name;
        this.organisation = organisation;
    }

    public String getName() {
        return name;
    }

    public String getOrganisation() {
        return organisation;
    }
}
