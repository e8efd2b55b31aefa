package no.medvirk.message;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** One try to phone the submitter (M7). */
@Entity
@Table(name = "call_attempt")
public class CallAttempt {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "message_id")
    private Message message;
    private Instant attemptedAt;
    private boolean reached;
    private String caller;

    protected CallAttempt() {
    }

    CallAttempt(Message message, Instant attemptedAt, boolean reached, String caller) {
        this.message = message;
        this.attemptedAt = attemptedAt;
        this.reached = reached;
        this.caller = caller;
    }

    public Instant getAttemptedAt() {
        return attemptedAt;
    }

    public boolean isReached() {
        return reached;
    }

    public String getCaller() {
        return caller;
    }
}
