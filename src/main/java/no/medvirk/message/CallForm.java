package no.medvirk.message;

import no.medvirk.forms.InvalidInputException;

/** The form of a call to the submitter (call-submitter): reached or not, and when reached what was said. */
record CallForm(Boolean reached, ContactForm contact) {

    /**
     * The answer and reaction when the submitter was reached; null when not.
     *
     * @throws InvalidInputException when it does not say whether the call reached them, or the answer is refused
     */
    ContactReport check() {
        if (reached == null) {
            throw new InvalidInputException(MessageVariables.REACHED, "Svar på om du fikk snakket med innmelderen.");
        }
        return reached ? ContactReport.of(contact, AnsweredBy.PHONE, true) : null;
    }
}
