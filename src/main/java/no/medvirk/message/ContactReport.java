package no.medvirk.message;

import no.medvirk.forms.Checks;
import no.medvirk.forms.InvalidInputException;

/**
 * What the municipality answered and how the submitter took it (M5, M6, M8). On the phone the
 * submitter is asked for their reaction; a negative one must say why and ask for an alternative.
 */
record ContactReport(AnsweredBy answeredBy, String answer, Satisfaction satisfaction, String dissatisfactionReason,
                     String alternativeProposal) {

    /** The message table keeps each text in a column of 4000 characters. */
    static final int MAX_TEXT = 4000;

    /**
     * @param ifNotAsked how the submitter was answered when the form does not ask
     * @param reactionAsked whether an answer by phone must record the submitter's reaction
     * @throws InvalidInputException naming each missing or unknown field
     */
    static ContactReport of(ContactForm form, AnsweredBy ifNotAsked, boolean reactionAsked) {
        Checks checks = new Checks();
        AnsweredBy how = form.answeredBy() == null ? ifNotAsked
                : checks.choice("answeredBy", AnsweredBy.class, form.answeredBy());
        checks.required("answeredBy", how, "Velg hvordan innmelderen ble svart.");
        if (how == AnsweredBy.NOT_REACHED) {
            checks.add("answeredBy", "«Ikke nådd» settes av Medvirk selv når fristen går ut etter kontaktkortet.");
        }
        if (how == AnsweredBy.DUPLICATE) {
            checks.add("answeredBy", "En sak slås sammen med en annen når meldingen registreres, ikke her.");
        }
        checks.required("answer", form.answer(), "Velg et standardsvar eller skriv hva kommunen svarte eller vil gjøre.");
        checks.text("answer", form.answer(), "Svaret", MAX_TEXT);
        if (how != AnsweredBy.PHONE || !reactionAsked) {
            checks.refuseIfAny();
            return new ContactReport(how, form.answer(), null, null, null);
        }
        Satisfaction reaction = checks.choice("satisfaction", Satisfaction.class, form.satisfaction());
        checks.required("satisfaction", reaction, "Spør innmelderen hvordan hen tar imot svaret, og velg fornøyd, "
                + "delvis fornøyd eller ikke fornøyd.");
        if (reaction != Satisfaction.DISSATISFIED) {
            checks.refuseIfAny();
            return new ContactReport(how, form.answer(), reaction, null, null);
        }
        checks.required("dissatisfactionReason", form.dissatisfactionReason(),
                "Når innmelderen ikke er fornøyd, skriv hvorfor.");
        checks.text("dissatisfactionReason", form.dissatisfactionReason(), "Begrunnelsen", MAX_TEXT);
        checks.required("alternativeProposal", form.alternativeProposal(), "Når innmelderen ikke er fornøyd, be om "
                + "et forslag til en annen løsning og skriv det (eller «Ingen forslag»).");
        checks.text("alternativeProposal", form.alternativeProposal(), "Forslaget", MAX_TEXT);
        checks.refuseIfAny();
        return new ContactReport(how, form.answer(), reaction, form.dissatisfactionReason(), form.alternativeProposal());
    }
}
