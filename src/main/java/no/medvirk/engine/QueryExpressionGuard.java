package no.medvirk.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses task and filter queries that carry an expression (${...} or #{...}). The engine forbids
 * expressions in ad-hoc queries, but 7.24 CE checks only the top level of a query, not its
 * {@code orQueries}, so an expression there would be evaluated with the engine's rights. Stored
 * filters that Medvirk creates itself (Mine oppgaver, ...) are made through the Java API, not here.
 */
class QueryExpressionGuard extends OncePerRequestFilter {

    private static final Pattern QUERY_PATH =
            Pattern.compile(".*/(task|task/count|filter/create|filter/[^/]+|filter/[^/]+/(list|count|singleResult))");
    private static final Pattern EXPRESSION = Pattern.compile("[$#]\\{");
    private static final int MAX_BODY = 1024 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !QUERY_PATH.matcher(request.getRequestURI()).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String query = request.getQueryString();
        if (query != null && EXPRESSION.matcher(URLDecoder.decode(query, StandardCharsets.UTF_8)).find()) {
            refuse(response);
            return;
        }
        byte[] body = request.getInputStream().readNBytes(MAX_BODY + 1);
        if (body.length > MAX_BODY) {
            JsonError.send(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "The query is too large.");
            return;
        }
        if (body.length > 0 && carriesExpression(body)) {
            refuse(response);
            return;
        }
        chain.doFilter(new ReadAgain(request, body), response);
    }

    private static void refuse(HttpServletResponse response) throws IOException {
        JsonError.send(response, HttpServletResponse.SC_BAD_REQUEST,
                "Expressions are not allowed in task queries (also not inside orQueries).");
    }

    private static boolean carriesExpression(byte[] body) {
        try {
            // Parsed, not searched as text: JSON may spell '$' as \u0024.
            return carriesExpression(JSON.readTree(body));
        } catch (JsonProcessingException e) {
            return EXPRESSION.matcher(new String(body, StandardCharsets.UTF_8)).find();
        } catch (IOException e) {
            return true;
        }
    }

    private static boolean carriesExpression(JsonNode node) {
        if (node.isTextual()) {
            return EXPRESSION.matcher(node.asText()).find();
        }
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (EXPRESSION.matcher(field.getKey()).find() || carriesExpression(field.getValue())) {
                    return true;
                }
            }
        }
        if (node.isArray()) {
            for (JsonNode element : node) {
                if (carriesExpression(element)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The request with its body, which this filter has already read, readable once more. */
    private static final class ReadAgain extends HttpServletRequestWrapper {

        private final byte[] body;

        ReadAgain(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("synchronous only");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }
    }
}
