package no.medvirk.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;

/** An error in the shape Camunda's REST API uses, so that Tasklist and Modeler show its message. */
final class JsonError {

    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonError() {
    }

    static void send(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        JSON.writeValue(response.getOutputStream(), Map.of(
                "type", status == HttpServletResponse.SC_FORBIDDEN ? "AuthorizationException" : "InvalidRequestException",
                "message", message));
    }
}
