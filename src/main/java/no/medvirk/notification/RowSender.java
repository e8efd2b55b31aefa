package no.medvirk.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Async;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Sends what one outbox holds: a row is claimed in the database before it is sent, so two nodes of a
 * cluster never both send it; one that failed is retried later with a growing pause. The e-mail and the
 * SMS sender differ only in how a row leaves ({@link #deliver}) and when they can send at all.
 *
 * <p>This polling is plumbing of the outbox, not a step of a routine: routines' timers are BPMN timers.
 */
abstract class RowSender<T extends OutboxRow> {

    private static final Logger log = LoggerFactory.getLogger(RowSender.class);
    private static final Duration CLAIM = Duration.ofMinutes(2);
    private static final Duration LONGEST_PAUSE = Duration.ofHours(1);

    private final OutboxRows<T> rows;
    private final RowMetrics metrics;
    private final Class<? extends RuntimeException> failure;
    private final String what;
    private final Clock clock;

    /**
     * @param failure what {@link #deliver} throws when the row did not leave and may be tried again
     * @param what the row's kind, as the log names it
     */
    RowSender(OutboxRows<T> rows, RowMetrics metrics, Class<? extends RuntimeException> failure, String what,
              Clock clock) {
        this.rows = rows;
        this.metrics = metrics;
        this.failure = failure;
        this.what = what;
        this.clock = clock;
    }

    /** Whether anything can be sent (the server or gateway is configured); else rows wait. */
    abstract boolean ready();

    /** Hands the row to the server or gateway; throws the failure type when it did not take it. */
    abstract void deliver(T row);

    @Async
    void sendSoon(long id) {
        send(id);
    }

    /** Every row due; the subclass schedules it. */
    void sendDue() {
        if (ready()) {
            rows.findDue(clock.instant()).forEach(this::send);
        }
    }

    void send(long id) {
        Instant now = clock.instant();
        if (!ready() || rows.claim(id, now, now.plus(CLAIM)) == 0) {
            return;
        }
        T row = rows.findById(id).orElseThrow();
        try {
            deliver(row);
            rows.markSent(id, clock.instant());
            metrics.sent();
        } catch (RuntimeException e) {
            if (!failure.isInstance(e)) {
                throw e;
            }
            Duration pause = pauseAfter(row.getAttempts());
            // The log names the row and the kind of failure, not the recipient or content, nor the error's
            // text, which may quote the recipient: those are personal data. The row keeps the text.
            log.warn("{} {} not sent (attempt {}), retried in {}: {}", what, id, row.getAttempts(), pause,
                    e.getClass().getSimpleName());
            rows.markFailed(id, abbreviate(e.getMessage()), clock.instant().plus(pause));
            metrics.failed();
        }
    }

    /**
     * Runs the send once the current transaction commits, so a row is sent exactly when the step that
     * wrote it commits; nothing when it rolls back. Called by the outboxes, through the sender's proxy.
     */
    static void afterCommit(Runnable send) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                send.run();
            }
        });
    }

    /** A minute after the first failed try, doubling up to an hour: a server that is down is not hammered. */
    static Duration pauseAfter(int attempts) {
        Duration pause = Duration.ofMinutes(1L << Math.min(attempts, 6));
        return pause.compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause;
    }

    static String abbreviate(String text) {
        return text == null ? "unknown error" : text.length() <= 1000 ? text : text.substring(0, 1000);
    }
}
