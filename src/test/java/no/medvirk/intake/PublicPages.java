package no.medvirk.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.http.client.ClientHttpRequestFactorySettings;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * A citizen's browser on the public pages (the message card, /dialogmote, the citizen's own pages): its session
 * cookie, the CSRF token of the page it opened last, and form posts with both (URL-encoded, or multipart with
 * photos). Redirects are not followed: a browser follows them itself, here each step is looked at.
 */
final class PublicPages {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern CASE_NUMBER = Pattern.compile("class=\"case-number\">([0-9]+/[0-9]+)<");

    private final TestRestTemplate rest;
    private String session;
    private String csrf;

    PublicPages(TestRestTemplate rest) {
        this.rest = rest.withRedirects(ClientHttpRequestFactorySettings.Redirects.DONT_FOLLOW);
    }

    /** Opens a page as a browser does: a session, and the CSRF token of the page's form. */
    String open(String path) {
        ResponseEntity<String> page = get(path);
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        Matcher token = CSRF.matcher(page.getBody());
        assertThat(token.find()).as("the form carries a CSRF token").isTrue();
        csrf = token.group(1);
        return page.getBody();
    }

    ResponseEntity<String> get(String path) {
        ResponseEntity<String> response = rest.exchange(path, HttpMethod.GET, new HttpEntity<>(cookie()), String.class);
        remember(response);
        return response;
    }

    /** The case number on the card's receipt page. */
    String receiptCaseNumber() {
        Matcher number = CASE_NUMBER.matcher(get(MessageCardController.PATH + "/kvittering").getBody());
        assertThat(number.find()).as("the receipt shows a case number").isTrue();
        return number.group(1);
    }

    ResponseEntity<String> post(String path, Map<String, String> fields) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        fields.forEach(form::add);
        return post(path, form);
    }

    /** The form posted with the session's token. */
    ResponseEntity<String> post(String path, MultiValueMap<String, String> form) {
        return post(path, form, new HttpHeaders());
    }

    /** The form posted with the session's token and these headers besides. */
    ResponseEntity<String> post(String path, MultiValueMap<String, String> form, HttpHeaders headers) {
        MultiValueMap<String, String> body = new LinkedMultiValueMap<>(form);
        body.set("_csrf", csrf);
        return send(path, MediaType.APPLICATION_FORM_URLENCODED, body, headers);
    }

    ResponseEntity<String> postWithoutCsrf(String path, Map<String, String> fields) {
        MultiValueMap<String, String> body = new LinkedMultiValueMap<>();
        fields.forEach(body::add);
        return send(path, MediaType.APPLICATION_FORM_URLENCODED, body, new HttpHeaders());
    }

    /** A form already URL-encoded, as a script may send it: bytes a browser never sends. */
    ResponseEntity<String> postEncoded(String path, String encoded) {
        return send(path, MediaType.APPLICATION_FORM_URLENCODED,
                encoded + "&_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8),
                new HttpHeaders());
    }

    /** The form sent with files, as a browser sends it: multipart, with the session's token. */
    ResponseEntity<String> postMultipart(String path, MultiValueMap<String, Object> form) {
        MultiValueMap<String, Object> body = new LinkedMultiValueMap<>(form);
        body.set("_csrf", csrf);
        return send(path, MediaType.MULTIPART_FORM_DATA, body, new HttpHeaders());
    }

    /** A token the page never gave (a forged form). */
    void forgeCsrf() {
        csrf = "forged";
    }

    String session() {
        return session;
    }

    String csrf() {
        return csrf;
    }

    /** The fields of a URL-encoded form as the parts of a multipart one. */
    static MultiValueMap<String, Object> multipart(MultiValueMap<String, String> form) {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        form.forEach((name, values) -> values.forEach(value -> parts.add(name, value)));
        return parts;
    }

    /** A photo as a browser sends it: typed from the file's name, which Medvirk ignores for the bytes. */
    static HttpEntity<ByteArrayResource> photo(String fileName, byte[] content) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(fileName.endsWith(".png") ? MediaType.IMAGE_PNG : MediaType.IMAGE_JPEG);
        return new HttpEntity<>(new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return fileName;
            }
        }, headers);
    }

    private ResponseEntity<String> send(String path, MediaType type, Object body, HttpHeaders headers) {
        headers.addAll(cookie());
        headers.setContentType(type);
        ResponseEntity<String> response = rest.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers),
                String.class);
        remember(response);
        return response;
    }

    private HttpHeaders cookie() {
        HttpHeaders headers = new HttpHeaders();
        if (session != null) {
            headers.add(HttpHeaders.COOKIE, "JSESSIONID=" + session);
        }
        return headers;
    }

    private void remember(ResponseEntity<?> response) {
        for (String cookie : response.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE)) {
            if (cookie.startsWith("JSESSIONID=")) {
                session = cookie.substring("JSESSIONID=".length(), cookie.indexOf(';'));
            }
        }
    }
}
