package no.medvirk;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistrar;

/**
 * A fake SMS gateway (WireMock) on a free port, where medvirk.sms sends: it answers every POST to
 * {@link #PATH} with 200 and keeps what it received for the tests to read. In the shared test
 * configuration, as the mail server is, so that it makes no Spring context of its own.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestSmsGateway {

    public static final String PATH = "/sms/send";
    public static final String USERNAME = "medvirk";
    public static final String PASSWORD = "sms-secret";

    @Bean(destroyMethod = "stop")
    WireMockServer fakeSmsGateway() {
        WireMockServer server = new WireMockServer(options().dynamicPort());
        server.start();
        accept(server);
        return server;
    }

    /** The gateway's usual answer; a test that makes it fail puts this back. */
    public static void accept(WireMockServer server) {
        server.stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"status\":\"queued\"}")));
    }

    @Bean
    DynamicPropertyRegistrar fakeSmsGatewayUrl(WireMockServer fakeSmsGateway) {
        return registry -> {
            registry.add("medvirk.sms.url", () -> fakeSmsGateway.baseUrl() + PATH);
            registry.add("medvirk.sms.username", () -> USERNAME);
            registry.add("medvirk.sms.password", () -> PASSWORD);
        };
    }
}
