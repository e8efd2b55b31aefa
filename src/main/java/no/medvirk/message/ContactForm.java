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
        return new ContactForm(form.text(MessageVariables.ANSWERED_BY), form.text(MessageVariables.ANSWER),
                form.text(MessageVariables.SATISFACTION), form.text(MessageVariables.DISSATISFACTION_REASON),
                form.text(MessageVariables.ALTERNATIVE_PROPOSAL));
    }

    @Override
    public String toString() {
        return "ContactForm[the citizen's case]";
    }
}
