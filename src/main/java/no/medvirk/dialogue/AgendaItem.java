package no.medvirk.dialogue;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** D3: an item the user council added to a meeting's agenda before the deadline. */
@Entity
@Table(name = "agenda_item")
public class AgendaItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "meeting_id")
    private DialogueMeeting meeting;
    private String text;
    private String proposedBy;
    private Instant addedAt;

    protected AgendaItem() {
    }

    AgendaItem(DialogueMeeting meeting, String text, String proposedBy, Instant addedAt) {
        this.meeting = meeting;
        this.text = text;
        this.proposedBy = proposedBy;
        this.addedAt = addedAt;
    }

    public String getText() {
        return text;
    }

    public String getProposedBy() {
        return proposedBy;
    }

    public Instant getAddedAt() {
        return addedAt;
    }
}
