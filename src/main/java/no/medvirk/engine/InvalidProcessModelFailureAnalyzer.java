package no.medvirk.engine;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a refused model into the one message a process owner needs, instead of a stack trace. */
class InvalidProcessModelFailureAnalyzer extends AbstractFailureAnalyzer<InvalidProcessModelException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, InvalidProcessModelException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Correct the models in Camunda Modeler (the element ids above are shown in its properties panel) "
                        + "and start Medvirk again. Nothing was deployed.", cause);
    }
}
