package no.medvirk;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on a random port with an in-memory H2 database, the demo organisation and
 * a real SMTP server (GreenMail), a fake SMS gateway (WireMock), and its metrics served as in production (Spring's tests leave them out).
 * Every test class that uses it shares one Spring context; tests leave the shared data as they found it.
 * Tagged {@code spring}, as is every test that starts Medvirk: the fast lane ({@code -Pquick}) leaves them out.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Tag("spring")
@Import({TestMailServer.class, TestSmsGateway.class, TestModels.class})
@AutoConfigureObservability(tracing = false)
public @interface MedvirkTest {
}
