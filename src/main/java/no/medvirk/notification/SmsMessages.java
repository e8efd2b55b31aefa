package no.medvirk.notification;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.annotation.Transactional;

/** The SMS outbox: claimed, sent and failed as the e-mail outbox's rows ({@link OutboxMails}). */
public interface SmsMessages extends JpaRepository<SmsMessage, Long> {

    /** The text messages whose text holds the words (a case number, say), oldest first. */
    List<SmsMessage> findByBodyContainingOrderById(String text);

    @Query("select m.id from SmsMessage m where m.sentAt is null and m.nextAttemptAt <= :now "
            + "and (m.claimedUntil is null or m.claimedUntil < :now) order by m.id")
    List<Long> findDue(Instant now);

    /** Takes a text message for one sender: 1 when this caller got it, 0 when it is sent or another node has it. */
    @Modifying
    @Transactional
    @Query("update SmsMessage m set m.claimedUntil = :until, m.attempts = m.attempts + 1 where m.id = :id "
            + "and m.sentAt is null and (m.claimedUntil is null or m.claimedUntil < :now)")
    int claim(long id, Instant now, Instant until);

    @Query("select coalesce(max(m.id), 0) from SmsMessage m")
    long lastId();

    /** Keeps the unsent text messages made after {@code afterId} from ever being sent (the demo year's). */
    default int hold(long afterId, String reason) {
        return claimForever(afterId, reason, Instant.parse("9999-12-31T00:00:00Z"));
    }

    @Modifying
    @Transactional
    @Query("update SmsMessage m set m.claimedUntil = :forever, m.lastError = :reason where m.id > :afterId "
            + "and m.sentAt is null and m.claimedUntil is null")
    int claimForever(long afterId, String reason, Instant forever);

    @Modifying
    @Transactional
    @Query("update SmsMessage m set m.sentAt = :sentAt, m.claimedUntil = null, m.lastError = null where m.id = :id")
    void markSent(long id, Instant sentAt);

    @Modifying
    @Transactional
    @Query("update SmsMessage m set m.claimedUntil = null, m.lastError = :error, m.nextAttemptAt = :next where m.id = :id")
    void markFailed(long id, String error, Instant next);
}
