package no.medvirk;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;

/** Request bodies for the REST API as its clients send them. */
public final class RestRequests {

    private RestRequests() {
    }

    /** A JSON body: an object to serialize, or a String sent as it is. */
    public static HttpEntity<Object> json(Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
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
