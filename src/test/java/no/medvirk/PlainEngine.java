package no.medvirk;

import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;

/**
 * A Camunda engine of its own for the single-model process tests ({@code *ModelTest}): in memory,
 * started once for all of them in a second or two, without Spring or Medvirk's beans, which
 * {@link ModelBeans} stands in for. Each test deploys the model's real files from processes/ with
 * {@code @Deployment}; the extension removes them, and resets the engine clock, after each test.
 */
public final class PlainEngine {

    private PlainEngine() {
    }

    /** For a test class's {@code @RegisterExtension static} field. */
    public static ProcessEngineExtension extension() {
        return ProcessEngineExtension.builder().configurationResource("camunda-plain.cfg.xml").build();
    }
}
