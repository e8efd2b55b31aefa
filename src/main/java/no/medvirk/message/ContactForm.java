package no.medvirk.message;

import no.medvirk.forms.CompletedForm;

/**
 * The answer part of the contact forms (call-submitter, record-callback, answer-submitter,
 * handle-political-message, contact-about-other-authority), as submitted; a form without a field
 * leaves it null. {@link ContactReport#of} checks it.
 */
record ContactForm(String answeredBy, String answer, String satisfaction, String dissatisfactionReason,
                   String alternativeProposal) {

    static ContactForm of(CompletedForm form) {
        return new ContactForm(form.text(MessageVariables.ANSWERED_BY),
                answer(form.text(MessageVariables.STANDARD_ANSWER), form.text(MessageVariables.ANSWER)),
                form.text(MessageVariables.SATISFACTION), form.text(MessageVariables.DISSATISFACTION_REASON),
                form.text(MessageVariables.ALTERNATIVE_PROPOSAL));
    }

    /** The standard answer chosen (standard-answers.yml), then what the caseworker wrote; either may be missing. */
    static String answer(String standard, String written) {
        if (standard == null || standard.isBlank()) {
            return written;
        }
        return written == null || written.isBlank() ? standard : standard + "\n\n" + written;
    }

    @Override
    public String toString() {
        return "ContactForm[the citizen's case]";
    }
}
