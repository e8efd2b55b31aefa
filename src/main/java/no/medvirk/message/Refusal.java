package no.medvirk.message;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/** Refused form input as the engine reports it: Tasklist shows the message, REST answers 400. */
final class Refusal {

    private Refusal() {
    }

    static FormFieldValidationException of(InvalidInputException e) {
        return new FormFieldValidationException(e.errors(), e.getMessage());
    }

    static FormFieldValidationException of(String field, String message) {
        return new FormFieldValidationException(field, message);
    }
}
