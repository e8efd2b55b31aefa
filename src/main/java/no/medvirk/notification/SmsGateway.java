package no.medvirk.notification;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.UnaryOperator;
import org.springframework.http.MediaType;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * The HTTP call to the municipality's SMS gateway: one POST per text message, the body made from
 * medvirk.sms.body-template so that any provider's API fits. Anything but a 2xx answer is a failure
 * the sender tries again.
 */
@Component
class SmsGateway {

    private final SmsSettings settings;
    private final RestClient client;

    SmsGateway(SmsSettings settings, RestClient.Builder builder) {
        this.settings = settings;
        SimpleClientHttpRequestFactory requests = new SimpleClientHttpRequestFactory();
        requests.setConnectTimeout(Duration.ofSeconds(10));
        requests.setReadTimeout(Duration.ofSeconds(30));
        this.client = builder.clone().requestFactory(requests).build();
    }

    void send(String to, String text) {
        MediaType type = MediaType.parseMediaType(settings.contentType());
        client.post().uri(settings.url())
                .contentType(type)
                .headers(headers -> {
                    if (settings.username() != null && !settings.username().isBlank()) {
                        headers.setBasicAuth(settings.username(), settings.password() == null ? "" : settings.password(),
                                StandardCharsets.UTF_8);
                    }
                    settings.headers().forEach(headers::set);
                })
                .body(body(settings.bodyTemplate(), type, to, settings.from(), text))
                .retrieve()
                .toBodilessEntity();
    }

    /** The template with its placeholders filled, each value escaped as the body's type needs. */
    static String body(String template, MediaType type, String to, String from, String text) {
        UnaryOperator<String> escape = type.isCompatibleWith(MediaType.APPLICATION_JSON)
                ? value -> new String(JsonStringEncoder.getInstance().quoteAsString(value))
                : type.isCompatibleWith(MediaType.APPLICATION_FORM_URLENCODED)
                ? value -> URLEncoder.encode(value, StandardCharsets.UTF_8)
                : UnaryOperator.identity();
        return template.replace("{to}", escape.apply(to))
                .replace("{from}", escape.apply(from == null ? "" : from))
                .replace("{text}", escape.apply(text));
    }
}
