package no.medvirk.message;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** What a submitter added to their message on its status page; the caseworker sees it on the task and the case page. */
@Entity
@Table(name = "citizen_addition")
class CitizenAddition {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long messageId;
    private Instant addedAt;
    private String text;

    protected CitizenAddition() {
    }

    CitizenAddition(Message message, Instant at, String text) {
        this.messageId = message.getId();
        this.addedAt = at;
        this.text = text;
    }

    Instant getAddedAt() {
        return addedAt;
    }

    String getText() {
        return text;
    }
}
