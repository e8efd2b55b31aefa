package no.medvirk.organisation;

import java.util.Set;
import org.springframework.core.io.ClassPathResource;

/** The demo organisation file as Medvirk reads it at start, for tests that do not start Medvirk. */
public final class DemoOrganisation {

    private DemoOrganisation() {
    }

    /** The ids of the groups Medvirk makes for it, which the models may name as candidate groups. */
    public static Set<String> groups() {
        return OrganisationSync.groupsOf(OrganisationFile.read(new ClassPathResource("organisation-demo.yml"))).keySet();
    }
}
