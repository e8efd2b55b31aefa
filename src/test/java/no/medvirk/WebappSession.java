package no.medvirk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** A user logged in to the Camunda webapps the way the browser does it: session cookie and CSRF token. */
public final class WebappSession {

    private final TestRestTemplate rest;
    private String sessionCookie;
    private String csrfToken;

    private WebappSession(TestRestTemplate rest) {
        this.rest = rest;
    }

    public static WebappSession login(TestRestTemplate rest, String user, String password) {
        WebappSession session = new WebappSession(rest);
        session.remember(rest.getForEntity("/camunda/app/tasklist/default/", String.class));
        var form = new LinkedMultiValueMap<String, String>();
        form.add("username", user);
        form.add("password", password);
        HttpHeaders headers = session.headers();
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        var response = rest.exchange("/camunda/api/admin/auth/user/default/login/tasklist", HttpMethod.POST,
                new HttpEntity<>(form, headers), String.class);
        assertThat(response.getStatusCode().is2xxSuccessful()).as("login of %s", user).isTrue();
        session.remember(response);
        // The login starts a new session, which gets its CSRF token with its first GET.
        session.remember(rest.exchange("/camunda/api/admin/auth/user/default", HttpMethod.GET,
                new HttpEntity<>(session.headers()), String.class));
        return session;
    }

    public ResponseEntity<byte[]> get(String path) {
        var response = rest.exchange(path, HttpMethod.GET, new HttpEntity<>(headers()), byte[].class);
        remember(response);
        return response;
    }

    public ResponseEntity<String> postJson(String path, String json) {
        HttpHeaders headers = headers();
        headers.setContentType(MediaType.APPLICATION_JSON);
        var response = rest.exchange(path, HttpMethod.POST, new HttpEntity<>(json, headers), String.class);
        remember(response);
        return response;
    }

    /** A page's form posted with the session (the form's own CSRF token among the values). */
    public ResponseEntity<String> postForm(String path, MultiValueMap<String, String> form) {
        HttpHeaders headers = headers();
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        var response = rest.exchange(path, HttpMethod.POST, new HttpEntity<>(form, headers), String.class);
        remember(response);
        return response;
    }

    private HttpHeaders headers() {
        HttpHeaders headers = new HttpHeaders();
        headers.add(HttpHeaders.COOKIE, "JSESSIONID=" + sessionCookie + "; XSRF-TOKEN=" + csrfToken);
        headers.add("X-XSRF-TOKEN", csrfToken);
        return headers;
    }

    private void remember(ResponseEntity<?> response) {
        List<String> cookies = response.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE);
        for (String cookie : cookies) {
            String value = cookie.substring(cookie.indexOf('=') + 1, cookie.indexOf(';'));
            if (cookie.startsWith("JSESSIONID=")) {
                sessionCookie = value;
            } else if (cookie.startsWith("XSRF-TOKEN=")) {
                csrfToken = value;
            }
        }
        String headerToken = response.getHeaders().getFirst("X-XSRF-TOKEN");
        if (headerToken != null) {
            csrfToken = headerToken;
        }
    }
}
