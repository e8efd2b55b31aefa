package no.medvirk.notification;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.NoRepositoryBean;
import org.springframework.transaction.annotation.Transactional;

/** The queries by which both outboxes (e-mail and SMS) are claimed, sent and failed; one table each. */
@NoRepositoryBean
public interface OutboxRows<T extends OutboxRow> extends JpaRepository<T, Long> {

    @Query("select m.id from #{#entityName} m where m.sentAt is null and m.nextAttemptAt <= :now "
            + "and (m.claimedUntil is null or m.claimedUntil < :now) order by m.id")
    List<Long> findDue(Instant now);

    /** Takes a row for one sender: 1 when this caller got it, 0 when it is sent or another node has it. */
    @Modifying
    @Transactional
    @Query("update #{#entityName} m set m.claimedUntil = :until, m.attempts = m.attempts + 1 where m.id = :id "
            + "and m.sentAt is null and (m.claimedUntil is null or m.claimedUntil < :now)")
    int claim(long id, Instant now, Instant until);

    @Query("select coalesce(max(m.id), 0) from #{#entityName} m")
    long lastId();

    /**
     * Keeps the unsent rows made after {@code afterId} from ever being sent (the demo year's): they stay
     * in the outbox, unsent, with the reason as their error, and no sender claims them.
     */
    default int hold(long afterId, String reason) {
        return claimForever(afterId, reason, Instant.parse("9999-12-31T00:00:00Z"));
    }

    @Modifying
    @Transactional
    @Query("update #{#entityName} m set m.claimedUntil = :forever, m.lastError = :reason where m.id > :afterId "
            + "and m.sentAt is null and m.claimedUntil is null")
    int claimForever(long afterId, String reason, Instant forever);

    @Modifying
    @Transactional
    @Query("update #{#entityName} m set m.sentAt = :sentAt, m.claimedUntil = null, m.lastError = null where m.id = :id")
    void markSent(long id, Instant sentAt);

    @Modifying
    @Transactional
    @Query("update #{#entityName} m set m.claimedUntil = null, m.lastError = :error, m.nextAttemptAt = :next "
            + "where m.id = :id")
    void markFailed(long id, String error, Instant next);
}
