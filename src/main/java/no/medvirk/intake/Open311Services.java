package no.medvirk.intake;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import no.medvirk.message.SubjectAreas;
import org.springframework.stereotype.Component;

/** One Open311 service per subject area of the routing table, with a code made of its name. */
@Component
class Open311Services {

    record Service(String code, String name) {
    }

    private final SubjectAreas subjectAreas;

    Open311Services(SubjectAreas subjectAreas) {
        this.subjectAreas = subjectAreas;
    }

    List<Service> all() {
        return subjectAreas.all().stream().map(area -> new Service(code(area), area)).toList();
    }

    Optional<Service> byCode(String code) {
        return all().stream().filter(s -> s.code().equals(code)).findFirst();
    }

    /** "Brøyting og strøing" → "broyting-og-stroing". */
    static String code(String area) {
        String ascii = area.toLowerCase(Locale.ROOT).replace("æ", "ae").replace("ø", "o").replace("å", "a");
        ascii = Normalizer.normalize(ascii, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
