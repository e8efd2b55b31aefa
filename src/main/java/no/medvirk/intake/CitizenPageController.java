package no.medvirk.intake;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.medvirk.forms.Fields;
import no.medvirk.forms.InvalidInputException;
import no.medvirk.message.CitizenCase;
import no.medvirk.message.CitizenLinks;
import no.medvirk.message.Photos;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The submitter's own pages, reached by the private links of {@link CitizenLinks} without logging in: the status
 * page of their message (add information, withdraw it) and, once it closed, the one-question survey. They sit
 * under {@code /melding}, so the card's security chain guards them (CSRF token, no referrer, strict CSP); posts
 * count against the card's limit per address, and so does every look-up of a token that finds nothing, so that
 * no one can try tokens in bulk. Nothing here is indexed by search engines.
 */
@Controller
class CitizenPageController {

    static final String STATUS = CitizenLinks.STATUS_PATH + "{token}";
    static final String SURVEY = CitizenLinks.SURVEY_PATH + "{token}";

    /**
     * What the citizen adds on the status page (with photos, posted as on the card); {@code website} is the
     * honeypot, as on the card. A new field goes here, on the form in status.html and into
     * {@link CitizenCase#addInformation}.
     */
    record Addition(String text, String website) implements PublicForms.WithHoneypot {

        static Addition empty() {
            return new Addition(null, null);
        }
    }

    /** The survey's one question ("ja"/"nei") and the optional comment; {@code website} is the honeypot. */
    record SurveyAnswer(String satisfied, String comment, String website) implements PublicForms.WithHoneypot {

        Boolean yes() {
            return "ja".equals(satisfied) ? Boolean.TRUE : "nei".equals(satisfied) ? Boolean.FALSE : null;
        }
    }

    private static final PublicForms.Refusals REFUSALS = new PublicForms.Refusals("intake/citizen-refused",
            "Vi kunne ikke ta imot dette.", "Du har gjort dette mange ganger på kort tid.",
            "Vent litt før du prøver igjen, eller ring servicesenteret.", null, null);

    private final CitizenCase citizenCase;
    private final PublicForms forms;

    CitizenPageController(CitizenCase citizenCase, PublicForms forms) {
        this.citizenCase = citizenCase;
        this.forms = forms;
    }

    @ModelAttribute
    void privatePage(HttpServletResponse response) {
        response.setHeader("X-Robots-Tag", "noindex, nofollow");
    }

    @GetMapping(STATUS)
    String status(@PathVariable String token, HttpServletRequest request, HttpServletResponse response, Model model) {
        return statusPage(token, Addition.empty(), Map.of(), request, response, model);
    }

    @PostMapping(STATUS + "/opplysninger")
    String add(@PathVariable String token, @ModelAttribute Addition addition,
               @RequestParam(name = Photos.FIELD, required = false) List<MultipartFile> photos,
               HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes redirect) {
        String refused = forms.screen(REFUSALS, addition, request, response, model);
        if (refused != null) {
            return refused;
        }
        try {
            if (!citizenCase.addInformation(token, addition.text(), PublicForms.uploads(photos))) {
                return notFound(response, model);
            }
        } catch (InvalidInputException e) {
            forms.refusedAsTyped(request, response);
            return statusPage(token, new Addition(Fields.withoutForbiddenCharacters(addition.text()), null),
                    e.errors(), request, response, model);
        }
        redirect.addFlashAttribute("done", "Takk! Opplysningene er lagt til saken, og saksbehandleren ser dem.");
        return "redirect:" + CitizenLinks.STATUS_PATH + token;
    }

    @PostMapping(STATUS + "/trekk")
    String withdraw(@PathVariable String token, @ModelAttribute("confirm") String confirm, HttpServletRequest request,
                    HttpServletResponse response, Model model, RedirectAttributes redirect) {
        String refused = forms.counted(REFUSALS, request, response, model);
        if (refused != null) {
            return refused;
        }
        if (!"ja".equals(confirm)) {
            forms.refusedAsTyped(request, response);
            return statusPage(token, Addition.empty(), Map.of("confirm",
                    "Kryss av for at du vil trekke meldingen, og trykk på knappen igjen."), request, response, model);
        }
        if (!citizenCase.withdraw(token)) {
            if (citizenCase.status(token).isEmpty()) {
                return notFound(response, model);
            }
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return statusPage(token, Addition.empty(), Map.of("confirm",
                    "Saken er allerede avsluttet, så den kan ikke trekkes."), request, response, model);
        }
        redirect.addFlashAttribute("done", "Meldingen er trukket, og saken er avsluttet. Takk for at du sa fra.");
        return "redirect:" + CitizenLinks.STATUS_PATH + token;
    }

    @GetMapping(SURVEY)
    String survey(@PathVariable String token, HttpServletRequest request, HttpServletResponse response, Model model) {
        Optional<CitizenCase.Survey> survey = citizenCase.survey(token);
        if (survey.isEmpty()) {
            return unknownToken(request, response, model);
        }
        return surveyPage(token, survey.get(), new SurveyAnswer(null, null, null), Map.of(), model);
    }

    @PostMapping(SURVEY)
    String answer(@PathVariable String token, @ModelAttribute SurveyAnswer answer, HttpServletRequest request,
                  HttpServletResponse response, Model model, RedirectAttributes redirect) {
        String refused = forms.screen(REFUSALS, answer, request, response, model);
        if (refused != null) {
            return refused;
        }
        try {
            if (!citizenCase.answerSurvey(token, answer.yes(), answer.comment())) {
                Optional<CitizenCase.Survey> survey = citizenCase.survey(token);
                if (survey.isEmpty()) {
                    return notFound(response, model);
                }
                response.setStatus(HttpServletResponse.SC_CONFLICT);
                return surveyPage(token, survey.get(), answer, Map.of(), model);
            }
        } catch (InvalidInputException e) {
            forms.refusedAsTyped(request, response);
            return surveyPage(token, citizenCase.survey(token).orElseThrow(), new SurveyAnswer(answer.satisfied(),
                    Fields.withoutForbiddenCharacters(answer.comment()), null), e.errors(), model);
        }
        redirect.addFlashAttribute("thanks", true);
        return "redirect:" + CitizenLinks.SURVEY_PATH + token;
    }

    private String statusPage(String token, Addition addition, Map<String, String> errors, HttpServletRequest request,
                              HttpServletResponse response, Model model) {
        Optional<CitizenCase.Status> status = citizenCase.status(token);
        if (status.isEmpty()) {
            return unknownToken(request, response, model);
        }
        model.addAttribute("status", status.get());
        model.addAttribute("token", token);
        model.addAttribute("addition", addition);
        model.addAttribute("errors", errors);
        model.addAttribute("maxLength", 4000);
        model.addAttribute("maxPhotos", Photos.MAX_PHOTOS);
        return "intake/status";
    }

    private static String surveyPage(String token, CitizenCase.Survey survey, SurveyAnswer answer,
                                     Map<String, String> errors, Model model) {
        model.addAttribute("token", token);
        model.addAttribute("survey", survey);
        model.addAttribute("answer", answer);
        model.addAttribute("errors", errors);
        model.addAttribute("maxLength", 4000);
        return "intake/survey";
    }

    /** A token that finds nothing counts against the address's limit, so that tokens cannot be tried in bulk. */
    private String unknownToken(HttpServletRequest request, HttpServletResponse response, Model model) {
        String spent = forms.counted(REFUSALS, request, response, model);
        return spent != null ? spent : notFound(response, model);
    }

    private static String notFound(HttpServletResponse response, Model model) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        return REFUSALS.show(model, "Vi finner ikke denne saken",
                "Lenken kan være skrevet feil, eller saken er så gammel at opplysningene om den er slettet. "
                        + "Kontakt servicesenteret hvis du trenger hjelp, og oppgi saksnummeret hvis du har det.");
    }
}
