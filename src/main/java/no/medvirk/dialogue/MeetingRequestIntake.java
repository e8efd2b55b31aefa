package no.medvirk.dialogue;

import java.time.Clock;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import no.medvirk.forms.Checks;
import no.medvirk.forms.InvalidInputException;
import no.medvirk.organisation.Organisation;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * D10 from outside: a user council, an organisation or a group of citizens asks for a dialogue
 * meeting on the public form. The request is stored (the requester's address only here, never in
 * the engine) and the request process started for the secretariat, as the engine's own system user.
 */
@Service
public class MeetingRequestIntake {

    /** What kind of group asks, in the order the form offers it. */
    public static final Map<String, String> KINDS = kinds();

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    /** A request as typed; the field names are the form's. */
    public record Asked(String requestedBy, String requesterKind, String contactEmail, List<String> unitCodes,
                        String topic, String wishedPeriod) {

        @Override
        public String toString() {
            return "Asked[who asks and their address]";
        }
    }

    private final MeetingRequests requests;
    private final Organisation organisation;
    private final RuntimeService runtimeService;
    private final Clock clock;

    MeetingRequestIntake(MeetingRequests requests, Organisation organisation, RuntimeService runtimeService,
                         Clock clock) {
        this.requests = requests;
        this.organisation = organisation;
        this.runtimeService = runtimeService;
        this.clock = clock;
    }

    /**
     * @return the request's number
     * @throws InvalidInputException naming each field that is missing or wrong, in Norwegian
     */
    @Transactional
    public long receive(Asked asked) {
        check(asked);
        MeetingRequest request = requests.save(new MeetingRequest(asked.requestedBy(), asked.requesterKind(),
                asked.contactEmail(), asked.unitCodes(), asked.topic(),
                asked.wishedPeriod() == null ? "Ikke oppgitt" : asked.wishedPeriod(), clock.instant()));
        runtimeService.startProcessInstanceByKey(DialogueVariables.REQUEST, "Forespørsel " + request.getId(),
                Map.of(DialogueVariables.REQUEST_ID, request.getId()));
        return request.getId();
    }

    private static Map<String, String> kinds() {
        Map<String, String> kinds = new LinkedHashMap<>();
        kinds.put("USER_COUNCIL", "Brukerråd eller samarbeidsutvalg");
        kinds.put("ORGANISATION", "Organisasjon eller forening");
        kinds.put("CITIZEN_GROUP", "Gruppe av innbyggere");
        return Collections.unmodifiableMap(kinds);
    }

    private void check(Asked asked) {
        Checks checks = new Checks();
        checks.required("requestedBy", asked.requestedBy(), "Skriv hvem dere er.");
        checks.text("requestedBy", asked.requestedBy(), "Navnet", TextLimits.NAME);
        if (asked.requesterKind() == null || !KINDS.containsKey(asked.requesterKind())) {
            checks.add("requesterKind", "Velg hva slags gruppe dere er.");
        }
        checks.required("contactEmail", asked.contactEmail(), "Skriv e-postadressen svaret skal gå til.");
        if (asked.contactEmail() != null && !EMAIL.matcher(asked.contactEmail()).matches()) {
            checks.add("contactEmail", "Skriv en e-postadresse som navn@eksempel.no.");
        }
        checks.text("contactEmail", asked.contactEmail(), "E-postadressen", TextLimits.EMAIL);
        if (asked.unitCodes().isEmpty()) {
            checks.add("unitCodes", "Velg minst én tjeneste møtet gjelder.");
        } else if (asked.unitCodes().stream().anyMatch(code -> organisation.unit(code).isEmpty())) {
            checks.add("unitCodes", "Velg tjenestene fra listen.");
        }
        checks.required("topic", asked.topic(), "Skriv hva dere vil ta opp.");
        checks.text("topic", asked.topic(), "Det dere vil ta opp", TextLimits.TEXT);
        checks.text("wishedPeriod", asked.wishedPeriod(), "Ønsket tidsrom", TextLimits.WISHED_PERIOD);
        checks.refuseIfAny();
    }
}
