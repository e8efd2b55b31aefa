package no.medvirk.organisation;

import no.medvirk.engine.KnownGroups;
import org.springframework.core.io.ClassPathResource;

/** The demo organisation file as Medvirk reads it at start, for tests that do not start Medvirk. */
public final class DemoOrganisation {

    private DemoOrganisation() {
    }

    /** The groups and units the models may name, as the application's bean gives them to the model check. */
    public static KnownGroups knownGroups() {
        return new OrganisationConfiguration().knownGroups(OrganisationFile.read(new ClassPathResource("organisation-demo.yml")));
    }
}
