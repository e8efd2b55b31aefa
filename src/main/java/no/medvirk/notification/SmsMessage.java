package no.medvirk.notification;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** A text message on its way to the SMS gateway: pending until {@link #getSentAt()} is set. */
@Entity
@Table(name = "outbox_sms")
public class SmsMessage extends OutboxRow {

    protected SmsMessage() {
    }

    SmsMessage(String recipient, String body, Instant now) {
        super(recipient, body, now);
    }
}
