package no.medvirk.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Who is calling Medvirk's own API ({@code /api}) and case pages ({@code /sak}): HTTP Basic against Camunda's users, like the
 * engine's REST API, or, for reading only, the Tasklist session of a logged-in user, so that a link in
 * a task form (a contact card, say) opens without a second login. Changes through a session need
 * CSRF protection: they are taken only on the forms named here, which Spring Security's chain guards
 * with a CSRF token (the report page's assessment); elsewhere they need Basic. The caller becomes the engine's current authentication
 * for the request: what the engine lets them see is what the API shows.
 *
 * <p>A browser that asks for one of the pages without a session goes to Tasklist's login and comes back:
 * the browser's own Basic pop-up is for machine clients only.
 *
 * <p>With single sign-on, Basic is off: a bearer token that Spring Security's resource server checked
 * takes its place, and a session is also the one of a login at the identity provider; a page asked for
 * without a login sends the browser to the provider and back.
 */
class ApiAuthentication extends OncePerRequestFilter {

    private static final String ENGINE = "default";
    /** Tasklist's login, and the cookie that holds the page to come back to (scripts/medvirk-desk.js). */
    static final String TASKLIST_LOGIN = "/camunda/app/tasklist/default/#/login";
    static final String NEXT_PAGE = "medvirkNext";

    private final IdentityService identityService;
    private final Set<String> sessionForms;
    private final Set<String> pages;
    private final String ssoLogin;

    /**
     * @param sessionForms the paths of Medvirk's own forms, which a session may post behind Spring Security's CSRF check
     * @param pages the paths of pages a browser opens, which with single sign-on send it to log in first
     * @param ssoLogin where a browser starts its login with single sign-on; null: single sign-on is off
     */
    ApiAuthentication(IdentityService identityService, Set<String> sessionForms, Set<String> pages, String ssoLogin) {
        this.identityService = identityService;
        this.sessionForms = sessionForms;
        this.pages = pages;
        this.ssoLogin = ssoLogin;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String userId = null;
        List<String> groups = null;
        if (ssoLogin == null) {
            userId = fromBasic(request.getHeader(HttpHeaders.AUTHORIZATION));
        } else if (SecurityContextHolder.getContext().getAuthentication() instanceof SsoBearer bearer) {
            userId = bearer.user().id();
            groups = bearer.user().groups();
        }
        if (userId == null && (isReading(request) || isCheckedForm(request))) {
            UserAuthentication session = fromSession(request.getSession(false));
            SsoLogin login = ssoLogin == null ? null : fromSsoSession(request.getSession(false));
            if (session != null) {
                userId = session.getName();
                groups = List.copyOf(session.getGroupIds());
            } else if (login != null) {
                userId = login.user().id();
                groups = login.user().groups();
            }
        }
        if (userId == null) {
            boolean page = isReading(request) && pages.contains(path(request).replaceFirst("^(/[^/]+).*", "$1"));
            if (ssoLogin != null && page) {
                // Back to this page after the login.
                new HttpSessionRequestCache().saveRequest(request, response);
                response.sendRedirect(request.getContextPath() + ssoLogin);
                return;
            }
            if (page && request.getHeader(HttpHeaders.AUTHORIZATION) == null && isBrowser(request)) {
                // Tasklist's Norwegian login rather than the browser's Basic pop-up; Medvirk's Tasklist script
                // (medvirk-desk.js) comes back to the page in the cookie once logged in. A cookie, since Tasklist
                // loads the page afresh after a login and forgets its address's parameters.
                Cookie next = new Cookie(NEXT_PAGE, URLEncoder.encode(path(request) + (request.getQueryString() == null
                        ? "" : "?" + request.getQueryString()), StandardCharsets.UTF_8));
                next.setPath(request.getContextPath() + "/camunda/app/tasklist/");
                next.setMaxAge(600);
                next.setSecure(request.isSecure());
                next.setAttribute("SameSite", "Lax");
                response.addCookie(next);
                response.sendRedirect(request.getContextPath() + TASKLIST_LOGIN);
                return;
            }
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, ssoLogin == null ? "Basic realm=\"Medvirk\"" : "Bearer realm=\"Medvirk\"");
            JsonError.send(response, HttpServletResponse.SC_UNAUTHORIZED, "Log in with your Medvirk user.");
            return;
        }
        if (groups == null) {
            groups = identityService.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
        }
        identityService.setAuthentication(userId, groups);
        try {
            chain.doFilter(request, response);
        } finally {
            identityService.clearAuthentication();
        }
    }

    private String fromBasic(String header) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
        int colon = decoded.indexOf(':');
        if (colon < 1) {
            return null;
        }
        String userId = decoded.substring(0, colon);
        return identityService.checkPassword(userId, decoded.substring(colon + 1)) ? userId : null;
    }

    private static UserAuthentication fromSession(HttpSession session) {
        if (session == null) {
            return null;
        }
        Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
        return authentications.getAuthenticationForProcessEngine(ENGINE) instanceof UserAuthentication user
                ? user : null;
    }

    /** A login at the identity provider, kept in the session by Spring Security (no chain of its runs on these paths). */
    private static SsoLogin fromSsoSession(HttpSession session) {
        if (session == null) {
            return null;
        }
        return session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY) instanceof SecurityContext context
                && context.getAuthentication() != null && context.getAuthentication().getPrincipal() instanceof SsoLogin login
                ? login : null;
    }

    /** One of our forms, and Spring Security's chain has its CSRF token (a wrong one never gets here). */
    private boolean isCheckedForm(HttpServletRequest request) {
        return sessionForms.contains(path(request)) && request.getAttribute(CsrfToken.class.getName()) != null;
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    /** A browser asking for a page, not a machine client asking for data. */
    private static boolean isBrowser(HttpServletRequest request) {
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        return accept != null && accept.contains("text/html");
    }

    private static boolean isReading(HttpServletRequest request) {
        return "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
    }
}
