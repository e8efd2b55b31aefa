package no.medvirk.operations;

import java.time.Duration;
import java.util.function.Supplier;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param refreshEvery how long the figures behind Medvirk's gauges are kept before the next scrape
 *        reads them again from the database
 */
@ConfigurationProperties(prefix = "medvirk.metrics")
public record MetricsSettings(@DefaultValue("PT30S") Duration refreshEvery) {

    public <T> Snapshot<T> snapshot(Supplier<T> query) {
        return Snapshot.every(refreshEvery, query);
    }
}
