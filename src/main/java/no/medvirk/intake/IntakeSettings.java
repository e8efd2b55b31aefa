package no.medvirk.intake;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param webLimit how many messages one address may send through the public message card per
 *        {@code webLimitPeriod}; more are refused with 429 and nothing is stored
 * @param webLimitPeriod the period the limit counts over
 * @param open311RequireLocation whether an Open311 request must say where (the spec requires it; the
 *        municipality accepts messages without a place, as on its other channels)
 */
@ConfigurationProperties(prefix = "medvirk.intake")
public record IntakeSettings(@DefaultValue("5") int webLimit, @DefaultValue("PT10M") Duration webLimitPeriod,
                             @DefaultValue("false") boolean open311RequireLocation) {
}
