package no.medvirk.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

/**
 * A refusal (403, 404, ...) answered to a browser that asked for a page, as Medvirk's Norwegian error page
 * (templates/error.html) with a way back. Everyone else gets it as before, as RFC 9457 problem details
 * (spring.mvc.problemdetails), which until now answered browsers too: a bare {"title":"Not Found"}.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class RefusalPages {

    @ExceptionHandler
    Object refusal(ResponseStatusException refusal, HttpServletRequest request, HttpServletResponse response) {
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        if (accept == null || !accept.contains("text/html")) {
            return ResponseEntity.status(refusal.getStatusCode()).headers(refusal.getHeaders()).body(refusal.getBody());
        }
        int status = refusal.getStatusCode().value();
        response.setStatus(status);
        return new ModelAndView("error", Map.of("status", status), refusal.getStatusCode());
    }
}
