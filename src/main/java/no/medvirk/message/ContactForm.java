package no.medvirk.message;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;

/** The answer part of a completed form: what the submitter was told and, on the phone, their reaction. */
final class ContactForm {

    private static final List<String> WORDS = List.of(MessageVariables.ANSWER, MessageVariables.DISSATISFACTION_REASON,
            MessageVariables.ALTERNATIVE_PROPOSAL);

    private ContactForm() {
    }

    /** A phone call in which the submitter was reached: the reaction is asked for (M6). */
    static ContactReport call(DelegateTask task) {
        return read(task, null, AnsweredBy.PHONE, true);
    }

    /**
     * Reads the report and takes its words out of the process: they are the citizen's case and are kept
     * on the record only (and never in the engine's history, see {@code medvirk.personal-variables}).
     *
     * @param answeredBy the form's answer to "how was it answered", or null when the form does not ask
     * @param ifNotAsked how it was answered when the form does not ask
     */
    static ContactReport read(DelegateTask task, Object answeredBy, AnsweredBy ifNotAsked, boolean reactionAsked) {
        ContactReport report;
        try {
            report = ContactReport.of(answeredBy, ifNotAsked, reactionAsked, task.getVariable(MessageVariables.ANSWER),
                    task.getVariable(MessageVariables.SATISFACTION),
                    task.getVariable(MessageVariables.DISSATISFACTION_REASON),
                    task.getVariable(MessageVariables.ALTERNATIVE_PROPOSAL));
        } catch (InvalidInputException e) {
            throw Refusal.of(e);
        }
        task.removeVariables(WORDS);
        return report;
    }
}
