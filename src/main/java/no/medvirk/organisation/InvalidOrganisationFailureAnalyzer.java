package no.medvirk.organisation;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

class InvalidOrganisationFailureAnalyzer extends AbstractFailureAnalyzer<InvalidOrganisationException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, InvalidOrganisationException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Correct the organisation file (medvirk.organisation) or the environment and start Medvirk again.",
                cause);
    }
}
