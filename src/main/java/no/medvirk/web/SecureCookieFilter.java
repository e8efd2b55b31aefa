package no.medvirk.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.regex.Pattern;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Marks every cookie {@code Secure} when the request came over HTTPS (directly or through a proxy
 * that says so in X-Forwarded-Proto). Camunda's CSRF cookie can only be made Secure always or never;
 * always would break plain-HTTP use on a developer's machine.
 */
class SecureCookieFilter extends OncePerRequestFilter {

    private static final String SET_COOKIE = "Set-Cookie";
    private static final Pattern SECURE = Pattern.compile(";\\s*Secure\\b", Pattern.CASE_INSENSITIVE);

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(request, request.isSecure() ? new SecureCookies(response) : response);
    }

    private static final class SecureCookies extends HttpServletResponseWrapper {

        SecureCookies(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void addHeader(String name, String value) {
            super.addHeader(name, secure(name, value));
        }

        @Override
        public void setHeader(String name, String value) {
            super.setHeader(name, secure(name, value));
        }

        private static String secure(String name, String value) {
            if (SET_COOKIE.equalsIgnoreCase(name) && value != null && !SECURE.matcher(value).find()) {
                return value + "; Secure";
            }
            return value;
        }
    }
}
