package no.medvirk.message;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param baseUrl where users reach Medvirk, for links in e-mails and forms
 * @param personalDataRetention how long after closing a submitter's details are kept
 */
@ConfigurationProperties(prefix = "medvirk")
public record MessageSettings(String baseUrl,
                              Duration personalDataRetention) {
}
