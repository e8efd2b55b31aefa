package no.medvirk.message;

import java.util.HashMap;
import java.util.Map;

/**
 * What the municipality answered and how the submitter took it (M5, M6, M8). On the phone the
 * submitter is asked for their reaction; a negative one must say why and ask for an alternative.
 */
record ContactReport(AnsweredBy answeredBy, String answer, Satisfaction satisfaction, String dissatisfactionReason,
                     String alternativeProposal) {

    /**
     * @param answeredBy how the submitter was answered; when the form does not ask, {@code ifNotAsked}
     * @param reactionAsked whether an answer by phone must record the submitter's reaction
     * @throws InvalidInputException naming each missing or unknown field
     */
    static ContactReport of(Object answeredBy, AnsweredBy ifNotAsked, boolean reactionAsked, Object answer,
                            Object satisfaction, Object dissatisfactionReason, Object alternativeProposal) {
        Map<String, String> errors = new HashMap<>();
        AnsweredBy how = Fields.text(answeredBy) == null ? ifNotAsked
                : Fields.choice(AnsweredBy.class, answeredBy, "answeredBy", errors);
        if (how == null && !errors.containsKey("answeredBy")) {
            errors.put("answeredBy", "Velg hvordan innmelderen ble svart.");
        }
        String answerText = Fields.text(answer);
        if (answerText == null) {
            errors.put("answer", "Skriv hva kommunen svarte eller vil gjøre.");
        } else {
            checkText(answerText, "answer", "Svaret", errors);
        }
        Satisfaction reaction = null;
        String reason = null;
        String proposal = null;
        if (how == AnsweredBy.NOT_REACHED) {
            errors.put("answeredBy", "«Ikke nådd» settes av Medvirk selv når fristen går ut etter kontaktkortet.");
        }
        if (how == AnsweredBy.PHONE && reactionAsked) {
            reaction = Fields.choice(Satisfaction.class, satisfaction, "satisfaction", errors);
            if (reaction == null && !errors.containsKey("satisfaction")) {
                errors.put("satisfaction", "Spør innmelderen hvordan hen tar imot svaret, og velg fornøyd, delvis fornøyd eller ikke fornøyd.");
            }
            if (reaction == Satisfaction.DISSATISFIED) {
                reason = Fields.text(dissatisfactionReason);
                proposal = Fields.text(alternativeProposal);
                if (reason == null) {
                    errors.put("dissatisfactionReason", "Når innmelderen ikke er fornøyd, skriv hvorfor.");
                } else {
                    checkText(reason, "dissatisfactionReason", "Begrunnelsen", errors);
                }
                if (proposal == null) {
                    errors.put("alternativeProposal", "Når innmelderen ikke er fornøyd, be om et forslag til en annen "
                            + "løsning og skriv det (eller «Ingen forslag»).");
                } else {
                    checkText(proposal, "alternativeProposal", "Forslaget", errors);
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new ContactReport(how, answerText, reaction, reason, proposal);
    }

    /** A text the message table keeps in a column of 4000 characters. */
    private static void checkText(String text, String field, String subject, Map<String, String> errors) {
        if (Fields.typed(text, field, subject, errors) && text.length() > 4000) {
            errors.put(field, subject + " kan være på høyst 4000 tegn.");
        }
    }
}
