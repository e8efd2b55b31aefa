package no.medvirk.notification;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** An e-mail on its way: pending until {@link #getSentAt()} is set. */
@Entity
@Table(name = "outbox_mail")
public class OutboxMail extends OutboxRow {

    private String subject;

    protected OutboxMail() {
    }

    OutboxMail(String recipient, String subject, String body, Instant now) {
        super(recipient, body, now);
        this.subject = subject;
    }

    public String getSubject() {
        return subject;
    }
}
