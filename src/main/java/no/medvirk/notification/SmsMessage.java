package no.medvirk.notification;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A text message on its way to the SMS gateway: pending until {@link #getSentAt()} is set. */
@Entity
@Table(name = "outbox_sms")
public class SmsMessage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String recipient;
    private String body;
    private Instant createdAt;
    private int attempts;
    private Instant nextAttemptAt;
    private Instant claimedUntil;
    private Instant sentAt;
    private String lastError;

    protected SmsMessage() {
    }

    SmsMessage(String recipient, String body, Instant now) {
        this.recipient = recipient;
        this.body = body;
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    public Long getId() {
        return id;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getBody() {
        return body;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public String getLastError() {
        return lastError;
    }
}
