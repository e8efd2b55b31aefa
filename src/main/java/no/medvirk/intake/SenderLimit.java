package no.medvirk.intake;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import java.time.Duration;
import javax.sql.DataSource;
import no.medvirk.engine.Databases;
import org.apache.commons.codec.digest.DigestUtils;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * How many messages one address may send through the public card (Bucket4j, a bucket per address).
 * On PostgreSQL the buckets are rows of {@code sender_limit}, taken with {@code select ... for update},
 * so the limit holds across every node of a cluster behind one proxy; the address is kept only as its
 * hash, and a row goes once its bucket has filled up again. On H2, which one node alone opens, they
 * live in this node's memory, bounded and forgotten after a quiet period.
 */
@Component
class SenderLimit {

    private static final String TABLE = "sender_limit";

    private final BucketConfiguration configuration;
    private final PostgreSQLSelectForUpdateBasedProxyManager<String> shared;
    private final Cache<String, Bucket> local;
    private final JdbcTemplate jdbc;

    SenderLimit(IntakeSettings settings, DataSource dataSource) {
        this.configuration = BucketConfiguration.builder()
                .addLimit(Bandwidth.builder().capacity(settings.webLimit())
                        .refillGreedy(settings.webLimit(), settings.webLimitPeriod()).build())
                .build();
        this.jdbc = new JdbcTemplate(dataSource);
        if (Databases.isPostgres(dataSource)) {
            this.shared = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                    .primaryKeyMapper(PrimaryKeyMapper.STRING)
                    .table(TABLE).idColumn("address_hash").stateColumn("state").expiresAtColumn("expires_at")
                    .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ZERO))
                    .build();
            this.local = null;
        } else {
            this.shared = null;
            this.local = Caffeine.newBuilder().maximumSize(100_000)
                    .expireAfterAccess(settings.webLimitPeriod().multipliedBy(2)).build();
        }
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
        if (shared != null) {
            jdbc.update("delete from " + TABLE);
        } else {
            local.invalidateAll();
        }
    }

    /** The rows of buckets that have filled up again: they would allow as much as a new one. */
    @Scheduled(fixedDelayString = "${medvirk.intake.web-limit-period}")
    void removeFullBuckets() {
        if (shared != null) {
            shared.removeExpired(1000);
        }
    }

    private Bucket bucket(String address) {
        if (shared != null) {
            return shared.builder().build(DigestUtils.sha256Hex(address), () -> configuration);
        }
        return local.get(address, a -> Bucket.builder().addLimit(configuration.getBandwidths()[0]).build());
    }
}
