package no.medvirk.notification;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The municipality's SMS gateway, reached over HTTP. Off while {@code url} is empty: then no text
 * message is queued at all, and citizens are told by e-mail or letter instead.
 *
 * @param url where each text message is POSTed
 * @param username for HTTP Basic, when the gateway wants it
 * @param password for HTTP Basic
 * @param headers further headers of each request (an API key, say)
 * @param contentType of the body; decides how {@code {to}}, {@code {from}} and {@code {text}} are escaped in it
 *                    (JSON strings for {@code application/json}, URL encoding for a form)
 * @param bodyTemplate the request body, with {@code {to}}, {@code {from}} and {@code {text}} filled in
 * @param from the sender name or number the gateway shows, when it takes one
 * @param retryEvery how often text messages that failed or were not sent yet are tried
 */
@ConfigurationProperties(prefix = "medvirk.sms")
record SmsSettings(URI url, String username, String password, @DefaultValue Map<String, String> headers,
                   @DefaultValue("application/json") String contentType,
                   @DefaultValue("{\"to\":\"{to}\",\"from\":\"{from}\",\"text\":\"{text}\"}") String bodyTemplate,
                   @DefaultValue("Kommunen") String from,
                   @DefaultValue("PT1M") Duration retryEvery) {

    boolean configured() {
        return url != null && !url.toString().isBlank();
    }

    @Override
    public String toString() {
        return "SmsSettings[" + (configured() ? url.getHost() : "off") + "]";
    }
}
