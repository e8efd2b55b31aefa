package no.medvirk.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * A refusal from a listener or a start form reaches the user as its Norwegian sentence alone. Camunda's REST
 * resources (the engine's {@code /engine-rest} and the one Tasklist calls, {@code /camunda/api/engine}) put
 * "Cannot instantiate process definition dialogue-cycle:1:19d8…: " or "Cannot submit task form 42: " in front
 * of it, which Tasklist shows as it is. Only the answers to changes (POST) are read, and only an error's.
 */
class RefusalWording extends OncePerRequestFilter {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern ENGINE_PREFIX = Pattern.compile(
            "^Cannot (?:instantiate process definition|submit task form|complete task|start process instance"
                    + "|submit form for process definition)[^:]*?(?::\\d+:[^:\\s]+)?: (.+)$", Pattern.DOTALL);

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(request, wrapper);
            if (wrapper.getStatus() >= 400 && wrapper.getContentType() != null
                    && wrapper.getContentType().startsWith("application/json")) {
                byte[] reworded = reworded(wrapper.getContentAsByteArray());
                if (reworded != null) {
                    wrapper.resetBuffer();
                    wrapper.getOutputStream().write(reworded);
                }
            }
        } finally {
            wrapper.copyBodyToResponse();
        }
    }

    /** The body with the engine's words taken off its message, or null when it has none. */
    static byte[] reworded(byte[] body) {
        try {
            if (!(JSON.readTree(body) instanceof ObjectNode error) || !error.path("message").isTextual()) {
                return null;
            }
            Matcher prefixed = ENGINE_PREFIX.matcher(error.get("message").asText());
            if (!prefixed.matches()) {
                return null;
            }
            error.put("message", prefixed.group(1));
            return JSON.writeValueAsBytes(error);
        } catch (IOException notJson) {
            return null;
        }
    }
}
