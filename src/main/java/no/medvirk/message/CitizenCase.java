package no.medvirk.message;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.medvirk.forms.Checks;
import no.medvirk.forms.Fields;
import no.medvirk.forms.InvalidInputException;
import no.medvirk.organisation.Organisation;
import no.medvirk.organisation.OrganisationGroups;
import no.medvirk.time.Dates;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The citizen's side of their case, reached by the private token of {@link CitizenLinks} and no login: what the
 * status page shows (in plain words, the unit but never a member of staff, nothing of anyone else), what the
 * citizen may add, withdrawing the message, and the one-question survey once it closed. An unknown token, or one
 * whose retention ended, finds nothing.
 */
@Service
public class CitizenCase {

    /** One line of the case's history as the citizen reads it. */
    public record Step(Instant at, String day, String what) {
    }

    /**
     * What the status page shows. {@code answer} is the answer written on the case: the very text Medvirk mailed
     * or posted when the case was answered in writing, else what the caseworker recorded after the call.
     */
    public record Status(String caseNumber, String status, String handledBy, List<Step> steps, String answeredBy,
                         String answer, boolean open, String explanation) {
    }

    /** What the survey page needs: the case, and whether it was answered already. */
    public record Survey(String caseNumber, boolean answered) {
    }

    static final int MAX_ADDITION = 4000;

    private final CitizenLinkRows links;
    private final Messages messages;
    private final CitizenAdditions additions;
    private final CitizenVerdicts verdicts;
    private final Organisation organisation;
    private final Photos photos;
    private final RuntimeService runtimeService;
    private final Clock clock;

    CitizenCase(CitizenLinkRows links, Messages messages, CitizenAdditions additions, CitizenVerdicts verdicts,
                Photos photos, Organisation organisation,
                RuntimeService runtimeService, Clock clock) {
        this.photos = photos;
        this.links = links;
        this.messages = messages;
        this.additions = additions;
        this.verdicts = verdicts;
        this.organisation = organisation;
        this.runtimeService = runtimeService;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Optional<Status> status(String token) {
        return byStatusToken(token).map(this::status);
    }

    /**
     * The citizen adds to their open message, text or photos or both; the caseworker sees the text on the case page
     * and on the open task, and the photos with the message's own. A refused photo refuses the whole addition, with
     * every other problem of it named too, and nothing is stored. The photos are checked here, in the transaction,
     * since how many the message has already decides how many more it may take.
     *
     * @return false when the token finds no case
     * @throws InvalidInputException when there is neither text nor a photo, the text is too long, a photo is
     *         refused ({@link Photos#FIELD}), or the case is closed
     */
    @Transactional
    public boolean addInformation(String token, String typed, List<PhotoUpload> uploads) {
        Optional<Message> found = byStatusToken(token);
        if (found.isEmpty()) {
            return false;
        }
        Message message = found.get();
        String text = Fields.text(typed);
        Checks checks = new Checks();
        Photos.Checked checked = null;
        try {
            checked = photos.check(uploads, message.getPhotos().size());
        } catch (InvalidInputException refused) {
            refused.errors().forEach(checks::add);
        }
        if (checked == null || checked.size() == 0) {
            checks.required("text", text, "Skriv hva du vil legge til.");
        }
        checks.text("text", text, "Opplysningene", MAX_ADDITION);
        if (message.getStatus() == MessageStatus.CLOSED) {
            checks.add("text", "Saken er avsluttet, så du kan ikke legge til mer. Send en ny melding om du vil.");
        }
        checks.refuseIfAny();
        photos.keep(message, checked);
        if (text != null) {
            additions.saveAndFlush(new CitizenAddition(message, clock.instant(), text));
        }
        return true;
    }

    /**
     * The citizen withdraws their open message: the message event ends its lifecycle wherever it stands.
     *
     * @return false when the token finds no case, or the case is no longer open
     */
    @Transactional
    public boolean withdraw(String token) {
        Optional<Message> found = byStatusToken(token);
        if (found.isEmpty() || found.get().getStatus() == MessageStatus.CLOSED) {
            return false;
        }
        return !runtimeService.createMessageCorrelation(MessageVariables.WITHDRAWN_MESSAGE)
                .processInstanceBusinessKey(found.get().getCaseNumber())
                .correlateAllWithResult().isEmpty();
    }

    @Transactional(readOnly = true)
    public Optional<Survey> survey(String token) {
        return bySurveyToken(token).map(m -> new Survey(m.getCaseNumber(),
                verdicts.findByMessageIdAndSource(m.getId(), CitizenVerdict.Source.SURVEY).isPresent()));
    }

    /**
     * The citizen's answer to the survey, once. A "Nei" starts citizen-verdict.bpmn: the unit's leaders consider
     * following the case up again.
     *
     * @return false when the token finds no case or it was answered already
     * @throws InvalidInputException when there is no answer or the comment is too long
     */
    @Transactional
    public boolean answerSurvey(String token, Boolean satisfied, String typedComment) {
        Optional<Message> found = bySurveyToken(token);
        if (found.isEmpty()) {
            return false;
        }
        Message message = found.get();
        if (verdicts.findByMessageIdAndSource(message.getId(), CitizenVerdict.Source.SURVEY).isPresent()) {
            return false;
        }
        String comment = Fields.text(typedComment);
        Checks checks = new Checks();
        checks.required("satisfied", satisfied, "Velg ja eller nei.");
        checks.text("comment", comment, "Kommentaren", MAX_ADDITION);
        checks.refuseIfAny();
        CitizenVerdict verdict = verdicts.saveAndFlush(CitizenVerdict.survey(message, satisfied, comment, clock.instant()));
        if (!satisfied) {
            considerFollowUp(message, verdict);
        }
        return true;
    }

    /** A "Nei": citizen-verdict.bpmn gives the case's leaders "Vurder ny oppfølging". */
    private void considerFollowUp(Message message, CitizenVerdict verdict) {
        runtimeService.createProcessInstanceByKey(CitizenVerdictVariables.VERDICT_PROCESS)
                .businessKey(message.getCaseNumber())
                .setVariables(Map.of(MessageVariables.CASE_NUMBER, message.getCaseNumber(),
                        CitizenVerdictVariables.VERDICT_ID, verdict.getId(),
                        CitizenVerdictVariables.FOLLOW_UP_GROUP, followUpGroup(message)))
                .execute();
    }

    /** Who considers a "Nei": the unit's leaders (its caseworkers when it has none), else the mayor or service centre. */
    private String followUpGroup(Message message) {
        if (message.getRoutedTo() == RoutedTo.UNIT) {
            return organisation.leadingGroup(message.getUnitCode());
        }
        return message.getRoutedTo() == RoutedTo.MAYOR ? OrganisationGroups.MAYOR : OrganisationGroups.SERVICE_CENTRE;
    }

    private Status status(Message m) {
        List<Step> steps = new ArrayList<>();
        step(steps, m.getReceivedAt(), "Vi tok imot meldingen din");
        step(steps, m.getRegisteredAt(), "Servicesenteret registrerte meldingen");
        if (m.getRoutedTo() != null) {
            step(steps, m.getRegisteredAt(), "Meldingen ble sendt til " + handledBy(m));
        }
        for (CallAttempt call : m.getCallAttempts()) {
            step(steps, call.getAttemptedAt(), call.isReached() ? "Kommunen ringte deg og fikk snakket med deg"
                    : "Kommunen prøvde å ringe deg, men fikk ikke svar");
        }
        step(steps, m.getCardSentAt(), "Kommunen sendte deg et brev med nummeret du kan ringe");
        for (CitizenAddition addition : additions.findByMessageIdOrderById(m.getId())) {
            step(steps, addition.getAddedAt(), "Du la til opplysninger");
        }
        step(steps, m.getContactedAt(), m.getAnsweredBy() == null ? "Du har fått svar" : "Du har fått svar: "
                + m.getAnsweredBy().label().toLowerCase(java.util.Locale.ROOT));
        step(steps, m.getClosedAt(), m.getAnsweredBy() == AnsweredBy.WITHDRAWN ? "Du trakk meldingen, og saken ble avsluttet"
                : m.getDuplicateOf() != null ? "Saken ble slått sammen med sak " + m.getDuplicateOf()
                + ", som gjelder det samme. Du får svaret i den saken." : "Saken ble avsluttet");
        String explanation = null;
        for (CitizenVerdict verdict : verdicts.findByMessageIdOrderById(m.getId())) {
            if (verdict.getSource() == CitizenVerdict.Source.SURVEY) {
                step(steps, verdict.getAnsweredAt(), "Du svarte på om du var fornøyd med oppfølgingen");
            }
            if (verdict.getFollowUp() == CitizenVerdict.FollowUp.EXPLAINED) {
                explanation = verdict.getExplanation();
            }
        }
        steps.sort(Comparator.comparing(Step::at));
        boolean open = m.getStatus() != MessageStatus.CLOSED;
        boolean answered = m.getContactedAt() != null || m.getAnsweredBy() == AnsweredBy.NOT_REACHED;
        return new Status(m.getCaseNumber(), statusText(m), m.getRoutedTo() == null ? null : handledBy(m), steps,
                answered && m.getAnsweredBy() != null ? m.getAnsweredBy().label() : null,
                m.getContactedAt() == null ? null : m.getAnswer(), open, explanation);
    }

    private String statusText(Message m) {
        return switch (m.getStatus()) {
            case RECEIVED -> "Mottatt. Servicesenteret registrerer meldingen i løpet av arbeidsdagen.";
            case REGISTERED -> "Registrert. Meldingen sendes nå videre.";
            case FORWARDED -> "Sendt til " + handledBy(m) + ", som skal følge den opp.";
            case ASSIGNED -> "En saksbehandler i " + handledBy(m) + " følger opp meldingen.";
            case CARD_SENT -> "Vi har prøvd å ringe deg og sendt deg et brev. Ring oss gjerne.";
            case CONTACTED -> "Du har fått svar. Servicesenteret avslutter saken.";
            case CLOSED -> m.getAnsweredBy() == AnsweredBy.WITHDRAWN ? "Trukket av deg. Saken er avsluttet."
                    : "Avsluttet.";
        };
    }

    /** Who handles it, as the citizen may know: the unit, the mayor's office, or the service centre. */
    private String handledBy(Message m) {
        return switch (m.getRoutedTo()) {
            case UNIT -> organisation.unitName(m.getUnitCode());
            case MAYOR -> "ordførerens kontor";
            case EXTERNAL -> "servicesenteret, som finner rett instans";
        };
    }

    private static void step(List<Step> steps, Instant at, String what) {
        if (at != null) {
            steps.add(new Step(at, Dates.dayAndTime(at, no.medvirk.time.EngineClock.OSLO), what));
        }
    }

    private Optional<Message> byStatusToken(String token) {
        return wellFormed(token) ? links.findByStatusToken(token).flatMap(l -> messages.findById(l.getId()))
                : Optional.empty();
    }

    private Optional<Message> bySurveyToken(String token) {
        return wellFormed(token) ? links.findBySurveyToken(token).flatMap(l -> messages.findById(l.getId()))
                : Optional.empty();
    }

    /** A token is 43 URL-safe characters; anything else is not looked up. */
    private static boolean wellFormed(String token) {
        return token != null && token.matches("[A-Za-z0-9_-]{43}");
    }
}
