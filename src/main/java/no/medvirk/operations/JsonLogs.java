package no.medvirk.operations;

import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * {@code medvirk.log.json=true}: every log event as one line of JSON on the console (Spring Boot's
 * structured logging in the Elastic Common Schema), for a log collector; a stack trace is a field of its
 * line. Set before the logging system starts, so the first line is JSON too.
 */
class JsonLogs implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.getProperty("medvirk.log.json", Boolean.class, false)
                && !environment.containsProperty("logging.structured.format.console")) {
            environment.getPropertySources().addLast(new MapPropertySource("medvirkJsonLogs",
                    Map.of("logging.structured.format.console", "ecs")));
        }
    }
}
