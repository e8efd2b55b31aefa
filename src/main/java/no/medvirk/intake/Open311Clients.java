package no.medvirk.intake;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.apache.commons.codec.digest.DigestUtils;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The apps allowed to send Open311 requests: one key each, shown once, kept only as its hash. */
@Component
class Open311Clients {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcTemplate jdbc;
    private final Clock clock;

    Open311Clients(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A new key for this app; empty when the name is taken. */
    Optional<String> issue(String name) {
        if (jdbc.queryForObject("select count(*) from open311_client where name = ?", Integer.class, name) > 0) {
            return Optional.empty();
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String key = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        jdbc.update("insert into open311_client (name, key_hash, issued_at) values (?, ?, ?)", name, hash(key),
                Timestamp.from(clock.instant()));
        return Optional.of(key);
    }

    boolean revoke(String name) {
        return jdbc.update("update open311_client set revoked_at = ? where name = ? and revoked_at is null",
                Timestamp.from(clock.instant()), name) > 0;
    }

    /** The client app of a key that is issued and not revoked. */
    Optional<Long> client(String apiKey) {
        if (apiKey == null || apiKey.isBlank()) {
            return Optional.empty();
        }
        List<Long> ids = jdbc.queryForList("select id from open311_client where key_hash = ? and revoked_at is null",
                Long.class, hash(apiKey.strip()));
        return ids.stream().findFirst();
    }

    private static String hash(String key) {
        return DigestUtils.sha256Hex(key);
    }
}
