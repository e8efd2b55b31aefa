package no.medvirk.engine;

import java.util.Set;

/**
 * The variables Medvirk's own steps set in some processes (a feature declares a bean for its models):
 * the model check lets expressions name these, besides the fields of the process's forms and what
 * the model itself maps. Declared in a {@code static @Bean} method, since the check runs while the
 * engine is being built.
 */
public record ProcessVariables(Set<String> processKeys, Set<String> names) {

    public ProcessVariables {
        processKeys = Set.copyOf(processKeys);
        names = Set.copyOf(names);
    }
}
