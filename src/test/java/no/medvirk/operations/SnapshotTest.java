package no.medvirk.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SnapshotTest {

    @Test
    void readsTheDatabaseOncePerPeriodHoweverOftenItIsAsked() {
        AtomicInteger queries = new AtomicInteger();
        Snapshot<Integer> snapshot = Snapshot.every(Duration.ofMinutes(1), queries::incrementAndGet);

        for (int scrape = 0; scrape < 20; scrape++) {
            assertThat(snapshot.get()).isEqualTo(1);
        }
        assertThat(queries).hasValue(1);
    }

    @Test
    void readsAgainAfterThePeriod() {
        AtomicInteger queries = new AtomicInteger();
        Snapshot<Integer> snapshot = Snapshot.every(Duration.ZERO, queries::incrementAndGet);

        snapshot.get();
        snapshot.get();

        assertThat(queries).hasValue(2);
    }
}
