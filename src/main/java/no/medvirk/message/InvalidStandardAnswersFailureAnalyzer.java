package no.medvirk.message;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** A start stopped by the standard answers file says only what to correct in it, not a stack of beans. */
class InvalidStandardAnswersFailureAnalyzer extends AbstractFailureAnalyzer<InvalidStandardAnswersException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, InvalidStandardAnswersException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Rett processes/standard-answers.yml (medvirk.processes.location) og start Medvirk igjen.", cause);
    }
}
