package no.medvirk.intake;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.medvirk.dialogue.MeetingRequestIntake;
import no.medvirk.forms.Fields;
import no.medvirk.forms.InvalidInputException;
import no.medvirk.organisation.Organisation;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * D10: anyone may ask for a dialogue meeting without logging in (a user council, an organisation, a
 * group of citizens), on a form like the message card: with the same limit per address and honeypot.
 * The request goes to the committee secretariat; the requester gets the answer by e-mail.
 */
@Controller
@RequestMapping(MeetingRequestController.PATH)
class MeetingRequestController {

    static final String PATH = "/dialogmote";

    /** What the public form sends; {@code website} is the honeypot, as on the message card. */
    record RequestForm(String requestedBy, String requesterKind, String contactEmail, List<String> unitCodes,
                       String topic, String wishedPeriod, String website) implements PublicForms.WithHoneypot {

        static RequestForm empty() {
            return new RequestForm("", "", "", List.of(), "", "", "");
        }

        MeetingRequestIntake.Asked asked() {
            return new MeetingRequestIntake.Asked(Fields.text(requestedBy), Fields.text(requesterKind),
                    Fields.text(contactEmail), unitCodes == null ? List.of() : unitCodes, Fields.text(topic),
                    Fields.text(wishedPeriod));
        }

        @Override
        public String toString() {
            return "RequestForm[who asks and their address]";
        }
    }

    private static final PublicForms.Refusals REFUSALS = new PublicForms.Refusals("intake/refused",
            "Forespørselen kunne ikke tas imot.", "Du har sendt mye på kort tid.",
            "Vent litt før du sender en ny forespørsel, eller ring servicesenteret.", "Forespørselen ble ikke lagret.",
            PATH);

    private final MeetingRequestIntake intake;
    private final Organisation organisation;
    private final PublicForms forms;

    MeetingRequestController(MeetingRequestIntake intake, Organisation organisation, PublicForms forms) {
        this.intake = intake;
        this.organisation = organisation;
        this.forms = forms;
    }

    @GetMapping
    String form(Model model) {
        return form(model, RequestForm.empty(), Map.of());
    }

    @PostMapping
    String send(@ModelAttribute RequestForm form, HttpServletRequest request, HttpServletResponse response,
                Model model, RedirectAttributes redirect) {
        String refused = forms.screen(REFUSALS, form, request, response, model);
        if (refused != null) {
            return refused;
        }
        try {
            redirect.addFlashAttribute("requestNumber", intake.receive(form.asked()));
            redirect.addFlashAttribute("contactEmail", form.contactEmail().strip());
        } catch (InvalidInputException e) {
            forms.refusedAsTyped(request, response);
            return form(model, form, e.errors());
        }
        return "redirect:" + PATH + "/kvittering";
    }

    @GetMapping("/kvittering")
    String receipt(Model model) {
        return model.containsAttribute("requestNumber") ? "intake/meeting-request-receipt" : "redirect:" + PATH;
    }

    private String form(Model model, RequestForm form, Map<String, String> errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("kinds", MeetingRequestIntake.KINDS);
        Map<String, String> units = new LinkedHashMap<>();
        organisation.units().forEach(u -> units.put(u.code(), u.name()));
        model.addAttribute("units", units);
        return "intake/meeting-request";
    }
}
