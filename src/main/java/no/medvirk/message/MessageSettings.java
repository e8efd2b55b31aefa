package no.medvirk.message;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param contactDeadline how long after registration the submitter must have been contacted (M5)
 * @param callAttempts how many calls before the contact card (M7)
 * @param baseUrl where users reach Medvirk, for links in e-mails and forms
 * @param personalDataRetention how long after closing a submitter's details are kept
 */
@ConfigurationProperties(prefix = "medvirk")
public record MessageSettings(Duration contactDeadline, int callAttempts, String baseUrl,
                              Duration personalDataRetention) {
}
