package no.medvirk;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;

/** Request bodies for the REST API as its clients send them. */
public final class RestRequests {

    private static final ObjectMapper JSON = new ObjectMapper();

    private RestRequests() {
    }

    /** A JSON body: an object to serialize, or a String sent as it is. */
    public static HttpEntity<Object> json(Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }

    /**
     * A completed Camunda Form as Tasklist submits it ({@code submit-form}, {@code complete}): each
     * field a value, a dynamic list (a list of rows) as a JSON variable.
     */
    public static HttpEntity<Object> form(Map<String, ?> fields) {
        Map<String, Object> variables = new LinkedHashMap<>();
        fields.forEach((name, value) -> variables.put(name, value instanceof List<?> rows
                ? Map.of("value", jsonText(rows), "type", "Json") : Collections.singletonMap("value", value)));
        return json(Map.of("variables", variables));
    }

    private static String jsonText(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** What Camunda Modeler sends to {@code /deployment/create}: a multipart form with the model file. */
    public static HttpEntity<Object> deployment(String deploymentName, String fileName, byte[] content) {
        var parts = new LinkedMultiValueMap<String, Object>();
        parts.add("deployment-name", deploymentName);
        parts.add("data", new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return fileName;
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return new HttpEntity<>(parts, headers);
    }
}
