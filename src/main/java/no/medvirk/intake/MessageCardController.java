package no.medvirk.intake;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import no.medvirk.forms.Fields;
import no.medvirk.forms.InvalidInputException;
import no.medvirk.message.Kind;
import no.medvirk.message.MapSettings;
import no.medvirk.message.MessageRulesTable;
import no.medvirk.message.Photos;
import no.medvirk.message.RegistrationBusyException;
import no.medvirk.message.SubjectAreas;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * M1: the digital message card. Anyone may send a message without logging in; it is stored at once
 * with its case number (channel WEB, not yet registered) and waits for the service centre's
 * registration the same working day. The receipt page (and an e-mail, when an address was given)
 * tells the case number and what happens next.
 */
@Controller
@RequestMapping(MessageCardController.PATH)
class MessageCardController {

    static final String PATH = "/melding";

    /** A field of the card: its name on the message record (as refusals name it), on the card, and what was typed. */
    private record Field(String onRecord, String onCard, Function<MessageCard, String> typed) {
    }

    private static final List<Field> FIELDS = List.of(
            new Field("text", "text", MessageCard::text),
            new Field("kind", "kind", MessageCard::kind),
            new Field("subjectArea", "subjectArea", MessageCard::subjectArea),
            new Field("place.text", "placeText", MessageCard::placeText),
            new Field("place.lat", "placeMap", MessageCard::placeLat),
            new Field(Photos.FIELD, Photos.FIELD, card -> null),
            new Field("submitter.name", "name", MessageCard::name),
            new Field("submitter.address", "address", MessageCard::address),
            new Field("submitter.phone", "phone", MessageCard::phone),
            new Field("submitter.email", "email", MessageCard::email));

    private static final PublicForms.Refusals REFUSALS = new PublicForms.Refusals("intake/refused",
            "Meldingen kunne ikke tas imot.", "Du har sendt mange meldinger på kort tid.",
            "Vent litt før du sender en ny melding, eller ring servicesenteret.", "Meldingen ble ikke lagret.", PATH);

    private final MessageCardIntake intake;
    private final SubjectAreas subjectAreas;
    private final PublicForms forms;
    private final MessageRulesTable rules;
    private final MapSettings map;

    MessageCardController(MessageCardIntake intake, SubjectAreas subjectAreas, PublicForms forms,
                          MessageRulesTable rules, MapSettings map) {
        this.intake = intake;
        this.subjectAreas = subjectAreas;
        this.forms = forms;
        this.rules = rules;
        this.map = map;
    }

    @GetMapping
    String card(Model model) {
        return form(model, MessageCard.empty(), Map.of());
    }

    @PostMapping
    String send(@ModelAttribute MessageCard card,
                @RequestParam(name = "photos", required = false) List<MultipartFile> photos,
                HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes redirect) {
        String refused = forms.screen(REFUSALS, card, request, response, model);
        if (refused != null) {
            return refused;
        }
        try {
            redirect.addFlashAttribute("receipt", intake.receive(card, PublicForms.uploads(photos)));
        } catch (InvalidInputException e) {
            forms.refusedAsTyped(request, response);
            return form(model, card.withoutForbiddenCharacters(), forCitizens(e.errors(), card));
        } catch (RegistrationBusyException e) {
            forms.giveBack(request);
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(RegistrationBusyException.RETRY_AFTER_SECONDS));
            model.addAttribute("busy", true);
            return form(model, card, Map.of());
        }
        return "redirect:" + PATH + "/kvittering";
    }

    /** The receipt, once, after sending (post/redirect/get: a reload does not send the message again). */
    @GetMapping("/kvittering")
    String receipt(Model model) {
        return model.containsAttribute("receipt") ? "intake/receipt" : "redirect:" + PATH;
    }

    private String form(Model model, MessageCard card, Map<String, String> errors) {
        model.addAttribute("card", card);
        model.addAttribute("errors", errors);
        model.addAttribute("kinds", Arrays.stream(Kind.values())
                .collect(LinkedHashMap::new, (m, k) -> m.put(k.name(), k.label()), Map::putAll));
        model.addAttribute("subjectAreas", subjectAreas.all());
        model.addAttribute("maxLength", 4000);
        model.addAttribute("maxPhotos", Photos.MAX_PHOTOS);
        model.addAttribute("map", map);
        // What the process owners' rules table promises today, before there is a message.
        model.addAttribute("promise", rules.promised().deadlineText());
        return "intake/message-card";
    }

    /**
     * The record's refusals by the card's fields, in the order of the card, in the citizen's words
     * where they differ. Characters the card cannot take are removed from what is shown again.
     */
    private static Map<String, String> forCitizens(Map<String, String> errors, MessageCard card) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (Field field : FIELDS) {
            String message = errors.get(field.onRecord());
            if (message == null) {
                continue;
            }
            if (Fields.hasForbiddenCharacters(field.typed().apply(card))) {
                message = "Feltet hadde tegn som ikke kan brukes (usynlige kontrolltegn eller tegn som ikke kunne "
                        + "leses). Vi har fjernet dem – se over og send igjen.";
            } else if (field.onCard().equals("text") && (card.text() == null || card.text().isBlank())) {
                message = "Skriv hva meldingen gjelder.";
            } else if (field.onCard().equals("subjectArea")) {
                message = "Velg et emne fra listen, eller la feltet stå tomt.";
            }
            fields.put(field.onCard(), message);
        }
        return fields;
    }
}
