package no.medvirk.operations;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * A figure read from the database at most once per period, however often Prometheus scrapes and
 * however many gauges show parts of it: each gauge reads the last snapshot, and the first read after
 * the period runs the query again. Elapsed time is the JVM's, not the engine clock that tests move.
 */
public final class Snapshot<T> implements Supplier<T> {

    private final Supplier<T> query;
    private final long periodNanos;
    private T value;
    private long readAt;

    private Snapshot(Supplier<T> query, Duration period) {
        this.query = query;
        this.periodNanos = period.toNanos();
    }

    public static <T> Snapshot<T> every(Duration period, Supplier<T> query) {
        return new Snapshot<>(query, period);
    }

    @Override
    public synchronized T get() {
        long now = System.nanoTime();
        if (value == null || now - readAt >= periodNanos) {
            value = query.get();
            readAt = now;
        }
        return value;
    }
}
