package no.medvirk.message;

import java.time.Duration;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param contactDeadline how long after registration the submitter must have been contacted (M5), in
 *        calendar days in Europe/Oslo: ten days after 09:00 is 09:00, across daylight saving too
 * @param callAttempts how many calls before the contact card (M7)
 * @param baseUrl where users reach Medvirk, for links in e-mails and forms
 * @param personalDataRetention how long after closing a submitter's details are kept
 */
@ConfigurationProperties(prefix = "medvirk")
public record MessageSettings(Period contactDeadline, int callAttempts, String baseUrl,
                              Duration personalDataRetention) {
}
