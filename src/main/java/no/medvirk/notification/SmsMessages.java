package no.medvirk.notification;

import java.util.List;

/** The SMS outbox: claimed, sent and failed as the e-mail outbox's rows ({@link OutboxRows}). */
public interface SmsMessages extends OutboxRows<SmsMessage> {

    /** The text messages whose text holds the words (a case number, say), oldest first. */
    List<SmsMessage> findByBodyContainingOrderById(String text);
}
