package no.medvirk.message;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import no.medvirk.forms.InvalidInputException;
import no.medvirk.notification.Outbox;
import no.medvirk.notification.SmsOutbox;
import no.medvirk.organisation.Organisation;
import no.medvirk.time.Dates;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What the submitter is told of their message, and how: by e-mail when they gave an address, else by
 * SMS when they gave a phone number and a gateway is configured; the answer and the contact card as a
 * printed letter when neither reaches them. Each notice once per message ({@code citizen_notice}'s key),
 * however often the step that causes it runs. The notices name the unit, never a member of staff, and the
 * submitter's address appears in the outbox alone.
 *
 * <p>Each notice is a template under {@code templates/mail/} or {@code templates/sms/} reading a map
 * ({@link #model}), so a line more in every notice is one entry there.
 */
@Component
public class CitizenNotices {

    /** The written answer's notice (AnswerLetter asks how it went). */
    static final String ANSWER = "ANSWER";
    /** The contact card's notice (the call-back form says how it went). */
    static final String CONTACT_CARD = "CONTACT_CARD";

    /** How a notice reached the submitter, as a form tells the caseworker. */
    enum How {
        EMAIL("sendt på e-post"), SMS("sendt på SMS"), LETTER("skal skrives ut og sendes i posten");

        final String sentText;

        How(String sentText) {
            this.sentText = sentText;
        }
    }

    private final Outbox outbox;
    private final SmsOutbox sms;
    private final JdbcTemplate jdbc;
    private final Organisation organisation;
    private final CitizenLinks links;
    private final Clock clock;

    CitizenNotices(Outbox outbox, SmsOutbox sms, JdbcTemplate jdbc, Organisation organisation, CitizenLinks links,
                   Clock clock) {
        this.outbox = outbox;
        this.links = links;
        this.sms = sms;
        this.jdbc = jdbc;
        this.organisation = organisation;
        this.clock = clock;
    }

    /** The message came in (the card, the postbox): its case number and what the rules promise. */
    public void receipt(Message message, MessageRules promise) {
        status(message, "RECEIPT", "message-receipt", "receipt", model -> {
            boolean gavePhone = message.getSubmitter().hasPhone();
            model.put("gavePhone", gavePhone);
            model.put("callBack", promise.callBack());
            model.put("willCall", gavePhone && promise.callBack());
            model.put("deadline", promise.deadlineText());
        });
    }

    /** M3: the message is registered and sent to the unit (or the mayor's office) that answers it. */
    void forwarded(Message message, String to) {
        status(message, "FORWARDED", "citizen-forwarded", "forwarded", model -> model.put("to", to));
    }

    /** M7: a call that did not reach the submitter, by SMS when it can be sent; one per call. */
    void callFailed(Message message, int attempt) {
        if (message.hasPhone() && sms.configured()) {
            notice(message, "CALL_FAILED_" + attempt, How.SMS, null, "call-failed", model -> {
                model.put("attempt", attempt);
                model.put("last", message.getRules() != null && attempt >= message.getRules().callAttempts());
            });
        }
    }

    /** M7: the contact card, by e-mail or SMS when the submitter gave one, else as a letter to print. */
    How contactCard(Message message) {
        How how = reachable(message).orElse(How.LETTER);
        notice(message, CONTACT_CARD, how, "citizen-contact-card", "contact-card", model -> {
            model.put("callbackDeadline", Dates.dayAndTime(message.getCallbackDeadline(), clock.getZone()));
            model.put("phone", organisation.person(message.getCaseworker()).map(Organisation.Person::phone)
                    .orElse(null));
            model.put("callAttempts", message.getCallAttempts().size());
        });
        return how;
    }

    /**
     * M5, M8: an answer "Besvart med e-post" goes to the submitter's e-mail address; "Besvart med brev" too
     * when they gave one, else it is a letter to print (AnswerLetter; an address not given may be found in
     * the population register and written by hand). Other answers are not sent from here.
     *
     * @throws InvalidInputException when an answer by e-mail has no address to go to
     */
    void answer(Message message) {
        AnsweredBy by = message.getAnsweredBy();
        if (by != AnsweredBy.EMAIL && by != AnsweredBy.LETTER) {
            return;
        }
        Submitter submitter = message.getSubmitter();
        boolean email = present(submitter.email());
        if (by == AnsweredBy.EMAIL && !email) {
            throw new InvalidInputException(MessageVariables.ANSWERED_BY,
                    "Innmelderen oppga ingen e-postadresse. Velg «Besvart med brev» hvis adressen er oppgitt.");
        }
        How how = email ? How.EMAIL : How.LETTER;
        notice(message, ANSWER, how, "citizen-answer", null, model -> model.put("answer", message.getAnswer()));
    }

    /** M8: the case is closed, with what was decided; a submitter not reached hears that too. */
    void closed(Message message) {
        status(message, "CLOSED", "citizen-closed", "closed", model -> {
            model.put("answer", message.getAnswer());
            model.put("notReached", message.getAnsweredBy() == AnsweredBy.NOT_REACHED);
        });
    }

    /** How the notice went, when it was given: the contact card and answer forms say it. */
    Optional<How> given(Message message, String notice) {
        return jdbc.queryForList("select channel from citizen_notice where message_id = ? and notice = ?", String.class,
                message.getId(), notice).stream().findFirst().map(How::valueOf);
    }

    /** What every notice's template reads; a line more in every notice starts here. */
    private Map<String, Object> model(Message message) {
        Map<String, Object> model = new HashMap<>();
        model.put("caseNumber", message.getCaseNumber());
        model.put("receivedDate", Dates.day(message.getReceivedAt(), clock.getZone()));
        model.put("municipality", organisation.name());
        model.put("from", answeringOffice(message));
        // The private links (null when retention removed them, or before a case closed, for the survey).
        model.put("statusUrl", links.statusUrl(message).orElse(null));
        model.put("surveyUrl", links.surveyUrl(message).orElse(null));
        return model;
    }

    /** Who answers, as the citizen may read it: the unit or office, never a person. */
    String answeringOffice(Message message) {
        if (message.getRoutedTo() == RoutedTo.MAYOR) {
            return organisation.mayor().name();
        }
        return message.getUnitCode() != null ? organisation.unitName(message.getUnitCode())
                : organisation.serviceCentre().name();
    }

    /** A status notice: e-mail, else SMS, else nothing (a status is no letter). */
    private void status(Message message, String notice, String mailTemplate, String smsTemplate,
                        Consumer<Map<String, Object>> details) {
        reachable(message).ifPresent(how -> notice(message, notice, how, mailTemplate, smsTemplate, details));
    }

    /**
     * Records the notice and sends it the first time only. Its model (with the lookups of links and
     * people) is made only for a notice that leaves now: not when it was given before, nor for a letter,
     * which is printed from the case.
     */
    private void notice(Message message, String notice, How how, String mailTemplate, String smsTemplate,
                        Consumer<Map<String, Object>> details) {
        if (!first(message, notice, how) || how == How.LETTER) {
            return;
        }
        Map<String, Object> model = model(message);
        details.accept(model);
        if (how == How.EMAIL) {
            outbox.send(message.getSubmitter().email(), mailTemplate, model);
        } else {
            sms.send(message.getSubmitter().phone(), smsTemplate, model);
        }
    }

    private Optional<How> reachable(Message message) {
        Submitter submitter = message.getSubmitter();
        if (present(submitter.email())) {
            return Optional.of(How.EMAIL);
        }
        return submitter.hasPhone() && sms.configured() ? Optional.of(How.SMS) : Optional.empty();
    }

    /** Records the notice; false when the message had it already (the step ran before). */
    private boolean first(Message message, String notice, How how) {
        if (given(message, notice).isPresent()) {
            return false;
        }
        jdbc.update("insert into citizen_notice (message_id, notice, channel, created_at) values (?, ?, ?, ?)",
                message.getId(), notice, how.name(), Timestamp.from(clock.instant()));
        return true;
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
