package no.medvirk.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.web.filter.OncePerRequestFilter;

/** After {@link ApiAuthentication}: paths for administrators alone (the metrics), which no controller of ours guards. */
class AdministratorsOnly extends OncePerRequestFilter {

    private final IdentityService identityService;

    AdministratorsOnly(IdentityService identityService) {
        this.identityService = identityService;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!CurrentUser.groups(identityService).contains(Groups.CAMUNDA_ADMIN)) {
            JsonError.send(response, HttpServletResponse.SC_FORBIDDEN, "Only administrators read the metrics.");
            return;
        }
        chain.doFilter(request, response);
    }
}
