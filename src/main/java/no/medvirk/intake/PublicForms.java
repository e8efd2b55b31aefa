package no.medvirk.intake;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import no.medvirk.message.PhotoUpload;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.multipart.MultipartFile;

/**
 * What every post of a public page goes through before what was typed is read (the message card, the request for
 * a dialogue meeting, the citizen's own pages): a filled-in honeypot is a script's and is refused (400); each post
 * counts against the limit per address (429 once it is spent); a post refused for what was typed gives its count
 * back, since a citizen correcting a form is no flood. The CSRF token is the security chain's
 * ({@link IntakeConfiguration}). Each page words its refusals itself ({@link Refusals}).
 */
@Component
class PublicForms {

    /**
     * A public form with the honeypot {@code website}: hidden from people (and from screen readers), filled in only
     * by scripts that fill in every field.
     */
    interface WithHoneypot {

        String website();

        default boolean fromScript() {
            return website() != null && !website().isBlank();
        }
    }

    /** A page's refusals in its own words, and the view that shows them; {@code notSaved} and {@code back} may be null. */
    record Refusals(String view, String fromScript, String tooMany, String waitAdvice, String notSaved, String back) {

        /** The refusal page with this heading and advice. */
        String show(Model model, String heading, String advice) {
            model.addAttribute("heading", heading);
            model.addAttribute("advice", advice);
            model.addAttribute("notSaved", notSaved);
            model.addAttribute("back", back);
            return view;
        }
    }

    private static final String SCRIPTS_ONLY = "Skjemaet ble fylt ut på en måte bare programmer gjør. Er du et menneske, "
            + "prøv igjen.";

    private final SenderLimit limit;

    PublicForms(SenderLimit limit) {
        this.limit = limit;
    }

    /**
     * The refusal of a post from a script, or of one too many from this address; null when the post may go on (it
     * then counts until {@link #refusedAsTyped} or {@link #giveBack} gives it back).
     */
    String screen(Refusals page, WithHoneypot form, HttpServletRequest request, HttpServletResponse response,
                  Model model) {
        if (form.fromScript()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page.show(model, page.fromScript(), SCRIPTS_ONLY);
        }
        return counted(page, request, response, model);
    }

    /** Counts the request against this address's limit: the refusal (429) once it is spent, else null. */
    String counted(Refusals page, HttpServletRequest request, HttpServletResponse response, Model model) {
        // The connection's address, or the one a proxy in medvirk.trusted-proxies forwards: never a client's own claim.
        if (limit.allows(request.getRemoteAddr())) {
            return null;
        }
        response.setStatus(429);
        return page.show(model, page.tooMany(), page.waitAdvice());
    }

    /** What was typed was refused (400): the post does not count. */
    void refusedAsTyped(HttpServletRequest request, HttpServletResponse response) {
        giveBack(request);
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    }

    /** A post that could not be taken for another reason than the sender's does not count. */
    void giveBack(HttpServletRequest request) {
        limit.giveBack(request.getRemoteAddr());
    }

    /** The photos of a multipart post as they came (a file field left empty is no photo to {@code Photos.check}). */
    static List<PhotoUpload> uploads(List<MultipartFile> files) {
        if (files == null) {
            return List.of();
        }
        return files.stream().map(file -> {
            try {
                return new PhotoUpload(file.getOriginalFilename(), file.getBytes());
            } catch (IOException e) {
                throw new UncheckedIOException("An uploaded photo could not be read", e);
            }
        }).toList();
    }
}
