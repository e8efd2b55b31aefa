package no.medvirk.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/** With single sign-on, Camunda's own password login is closed: people log in at the identity provider. */
class PasswordLoginRefused extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getRequestURI().contains("/login/")) {
            JsonError.send(response, HttpServletResponse.SC_FORBIDDEN,
                    "Log in through the municipality's single sign-on.");
            return;
        }
        chain.doFilter(request, response);
    }
}
