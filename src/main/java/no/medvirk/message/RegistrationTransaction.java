package no.medvirk.message;

import java.sql.SQLException;
import java.sql.SQLTransientException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import no.medvirk.engine.AsyncContinuations.ContinuationFailedException;
import no.medvirk.message.MessageRegistration.FirstStep;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a registration (the message, its case number, its process, what goes with it) in a transaction
 * of its own, and runs it again from the start when it lost a race for a lock: a lock that was not had
 * in time, a deadlock, a serialization failure, the engine's optimistic locking. Each attempt is all or
 * nothing, so a retry stores nothing twice. When the last attempt fails too, {@link RegistrationBusyException}.
 *
 * <p>The lifecycle's first step (routing) is taken in the registration's transaction: the registration is
 * handed {@link FirstStep#AT_ONCE}. If that step fails, the registration is run again with
 * {@link FirstStep#BY_THE_JOB_EXECUTOR}: the message is stored all the same, and the step fails again under the
 * job executor, which retries it and leaves an incident to repair.
 *
 * <p>The registrations of this node take their turn here, in the order they came, before they take a
 * connection: a registration holds the year's case number from its increment to its commit, so they run
 * one at a time anyway, and queued in the database they waited out its lock timeout (5 s on H2) under a
 * few dozen clients, were given up (503) and held a pool connection each while waiting, which the
 * callers' logins then lacked. Only another node's registrations are raced for.
 */
@Component
public class RegistrationTransaction {

    static final int ATTEMPTS = 3;
    private static final Logger log = LoggerFactory.getLogger(RegistrationTransaction.class);
    /** Serialization failure, deadlock (both databases), lock not available (PostgreSQL). */
    private static final Set<String> LOST_RACE_STATES = Set.of("40001", "40P01", "55P03");

    /** Longer than any client waits for its answer: the turn is a queue, not a refusal. */
    private static final Duration TURN_WAIT = Duration.ofMinutes(2);

    private final TransactionTemplate transaction;
    private final ReentrantLock turn = new ReentrantLock(true);

    RegistrationTransaction(PlatformTransactionManager transactions) {
        this.transaction = new TransactionTemplate(transactions);
    }

    /** Call it outside any transaction: one that is already running cannot be run again. */
    public <T> T run(Function<FirstStep, T> registration) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("A registration is retried in a transaction of its own, not inside another");
        }
        try {
            if (!turn.tryLock(TURN_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new RegistrationBusyException(0, null);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting to register", e);
        }
        try {
            try {
                return attempts(registration, FirstStep.AT_ONCE);
            } catch (ContinuationFailedException e) {
                // The class alone: the step's message may quote the message's values.
                log.warn("A registration's first step failed in its transaction ({}): registered again, the step left "
                        + "to the job executor", rootCause(e).getClass().getName());
                return attempts(registration, FirstStep.BY_THE_JOB_EXECUTOR);
            }
        } finally {
            turn.unlock();
        }
    }

    private <T> T attempts(Function<FirstStep, T> registration, FirstStep firstStep) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.execute(status -> registration.apply(firstStep));
            } catch (RuntimeException e) {
                if (!lostRace(e)) {
                    throw e;
                }
                if (attempt == ATTEMPTS) {
                    // The class alone: the database's message may quote the statement's values.
                    log.warn("A registration was given up after {} attempts: {}", attempt, rootCause(e).getClass().getName());
                    throw new RegistrationBusyException(attempt, e);
                }
                pause(attempt);
            }
        }
    }

    static boolean lostRace(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ConcurrencyFailureException || t instanceof OptimisticLockingException
                    || t instanceof SQLTransientException
                    || t instanceof SQLException sql && sql.getSQLState() != null && LOST_RACE_STATES.contains(sql.getSQLState())) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    /** A little longer each time, and at random, so that the registrations that collided do not meet again. */
    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(50, 150) * attempt);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting to register again", e);
        }
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }
}
