package no.medvirk.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Where a login through single sign-on ends when it cannot go on, in Norwegian for the person who tried. */
@Controller
@Conditional(SsoEnabled.class)
class SsoRefusalPage {

    @GetMapping(SsoConfiguration.REFUSED)
    String notInTheOrganisation(Model model, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        model.addAttribute("heading", "Du har ikke tilgang til Medvirk");
        model.addAttribute("explanation", "Du er logget inn hos kommunen, men er ikke registrert som bruker av Medvirk.");
        model.addAttribute("advice", "Ta kontakt med den som administrerer Medvirk i kommunen, så kan du bli lagt til.");
        return "sso-refused";
    }

    @GetMapping(SsoConfiguration.FAILED)
    String loginFailed(Model model, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        model.addAttribute("heading", "Innloggingen mislyktes");
        model.addAttribute("explanation", "Kommunens innlogging svarte ikke slik Medvirk ventet.");
        model.addAttribute("advice", "Prøv igjen om litt. Skjer det igjen, ta kontakt med den som administrerer Medvirk i kommunen.");
        return "sso-refused";
    }
}
