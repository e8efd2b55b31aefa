package no.medvirk.dialogue;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/** Refused form input as the engine reports it: Tasklist shows the message, REST answers 400. */
final class Refusal {

    private Refusal() {
    }

    static FormFieldValidationException of(InvalidPlanException e) {
        return new FormFieldValidationException(e.problems(), e.getMessage());
    }

    static FormFieldValidationException of(String field, String message) {
        return new FormFieldValidationException(field, message);
    }
}
