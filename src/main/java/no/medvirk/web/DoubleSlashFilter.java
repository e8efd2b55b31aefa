package no.medvirk.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses paths with an empty segment ({@code //engine-rest//task}) with a 400: Tomcat maps them to a
 * servlet, but Spring's path parsing then fails with a 500, and no link of Medvirk's has them.
 */
class DoubleSlashFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getRequestURI().contains("//")) {
            JsonError.send(response, HttpServletResponse.SC_BAD_REQUEST, "The path has an empty segment (//).");
            return;
        }
        chain.doFilter(request, response);
    }
}
