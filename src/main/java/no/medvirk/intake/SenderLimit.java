package no.medvirk.intake;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import org.springframework.stereotype.Component;

/**
 * How many messages one address may send through the public card (Bucket4j, a bucket per address).
 * The buckets live in this node's memory, bounded and forgotten after a quiet period: in a cluster
 * each node counts for itself, which still stops a script while costing the database nothing.
 */
@Component
class SenderLimit {

    private final IntakeSettings settings;
    private final Cache<String, Bucket> buckets;

    SenderLimit(IntakeSettings settings) {
        this.settings = settings;
        this.buckets = Caffeine.newBuilder().maximumSize(100_000)
                .expireAfterAccess(settings.webLimitPeriod().multipliedBy(2)).build();
    }

    /** Takes one message from this address's allowance; false when it is spent. */
    boolean allows(String address) {
        return bucket(address).tryConsume(1);
    }

    /** A message refused for its content does not count: a citizen correcting a form is no flood. */
    void giveBack(String address) {
        bucket(address).addTokens(1);
    }

    /** Every address starts afresh (tests). */
    void forgetAll() {
        buckets.invalidateAll();
    }

    private Bucket bucket(String address) {
        return buckets.get(address, a -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(settings.webLimit())
                        .refillGreedy(settings.webLimit(), settings.webLimitPeriod()).build())
                .build());
    }
}
