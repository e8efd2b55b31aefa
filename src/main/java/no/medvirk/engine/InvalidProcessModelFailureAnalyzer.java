package no.medvirk.engine;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a refused model into the one message a process owner needs, instead of a stack trace. */
class InvalidProcessModelFailureAnalyzer extends AbstractFailureAnalyzer<InvalidProcessModelException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, InvalidProcessModelException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Rett modellene i Camunda Modeler (id-ene over står i egenskapspanelet) og start Medvirk igjen. "
                        + "Ingenting ble tatt i bruk; rutinen som kjørte, kjører videre.", cause);
    }
}
