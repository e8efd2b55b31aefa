package no.medvirk.operations;

import io.micrometer.common.KeyValue;
import java.util.List;
import org.springframework.http.server.observation.DefaultServerRequestObservationConvention;
import org.springframework.http.server.observation.ServerRequestObservationContext;

/**
 * Request latencies ({@code http.server.requests}) for every part of Medvirk. Spring MVC names its own
 * requests by their pattern ({@code /api/messages/{yy}/{n}}); the engine's REST API and Camunda's
 * webapps are not Spring MVC and would all be "UNKNOWN", so they are named by the part they belong to,
 * never by their full path (which holds ids and would make a series per task).
 */
class RequestMetrics extends DefaultServerRequestObservationConvention {

    private static final List<String> PARTS = List.of("/engine-rest", "/camunda/api", "/camunda/app", "/camunda/lib");

    RequestMetrics() {
        super("http.server.requests");
    }

    @Override
    protected KeyValue uri(ServerRequestObservationContext context) {
        KeyValue uri = super.uri(context);
        if (!"UNKNOWN".equals(uri.getValue()) || context.getCarrier() == null) {
            return uri;
        }
        String path = context.getCarrier().getRequestURI().substring(context.getCarrier().getContextPath().length());
        return PARTS.stream().filter(path::startsWith).findFirst()
                .map(part -> KeyValue.of(uri.getKey(), part + "/**")).orElse(uri);
    }
}
