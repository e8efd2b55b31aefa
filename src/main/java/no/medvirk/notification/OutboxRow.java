package no.medvirk.notification;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;

/**
 * What an e-mail and a text message on their way have in common: pending until {@link #getSentAt()} is
 * set, claimed by one sender at a time ({@code claimedUntil}), tried again after {@code nextAttemptAt}.
 * {@link OutboxRows} claims, sends and fails them alike.
 */
@MappedSuperclass
public abstract class OutboxRow {

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

    protected OutboxRow() {
    }

    OutboxRow(String recipient, String body, Instant now) {
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
