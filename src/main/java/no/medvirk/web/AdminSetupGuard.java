package no.medvirk.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Camunda's first-run setup lets anyone create an administrator while the admin group has no direct
 * member, even when administrators exist through other groups. Medvirk creates its administrators
 * from the organisation file, so the setup is refused as soon as any user exists.
 */
class AdminSetupGuard extends OncePerRequestFilter {

    private final IdentityService identityService;

    AdminSetupGuard(IdentityService identityService) {
        this.identityService = identityService;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (identityService.createUserQuery().count() > 0) {
            JsonError.send(response, HttpServletResponse.SC_FORBIDDEN,
                    "The setup is closed: administrators are made from Medvirk's organisation file.");
            return;
        }
        chain.doFilter(request, response);
    }
}
