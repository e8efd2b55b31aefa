package no.medvirk.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.RemoteIpValve;
import org.apache.catalina.valves.ValveBase;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.boot.autoconfigure.web.embedded.TomcatWebServerFactoryCustomizer;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.mock.env.MockEnvironment;

/**
 * Tomcat's RemoteIpValve as Spring Boot sets it up for {@code server.forward-headers-strategy: native},
 * then TrustedProxies: which connections may say who the client is and that it came over HTTPS.
 */
class TrustedProxiesTest {

    /** What the application sees of a request: the client's address, and whether it came over HTTPS. */
    record Seen(String address, boolean https) {
    }

    @Test
    void withNoProxyListedNoConnectionIsBelieved() throws Exception {
        Valve valve = valve(List.of());

        for (String connection : List.of("127.0.0.1", "10.0.0.5", "192.168.1.20", "0:0:0:0:0:0:0:1")) {
            assertThat(seenFrom(valve, connection)).isEqualTo(new Seen(connection, false));
        }
    }

    @Test
    void aListedProxyIsBelievedAndNoOtherAddress() throws Exception {
        Valve valve = valve(List.of("10.0.0.5", " ::1 "));

        assertThat(seenFrom(valve, "10.0.0.5")).isEqualTo(new Seen("203.0.113.9", true));
        assertThat(seenFrom(valve, "0:0:0:0:0:0:0:1")).isEqualTo(new Seen("203.0.113.9", true));
        assertThat(seenFrom(valve, "10.0.0.50")).isEqualTo(new Seen("10.0.0.50", false));
        assertThat(seenFrom(valve, "127.0.0.1")).isEqualTo(new Seen("127.0.0.1", false));
    }

    @Test
    void onlyAddressesAreTakenNeverNames() {
        for (String proxy : List.of("proxy.kommune.example", "300.1.2.3", "10.0.0.5/24")) {
            assertThatThrownBy(() -> new TrustedProxies(List.of(proxy))).as(proxy)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is not an IP address");
        }
    }

    private static Valve valve(List<String> proxies) {
        TomcatServletWebServerFactory factory = new TomcatServletWebServerFactory();
        ServerProperties server = new ServerProperties();
        server.setForwardHeadersStrategy(ServerProperties.ForwardHeadersStrategy.NATIVE);
        new TomcatWebServerFactoryCustomizer(new MockEnvironment(), server).customize(factory);
        new TrustedProxies(proxies).customize(factory);
        return factory.getEngineValves().stream().filter(RemoteIpValve.class::isInstance).findFirst().orElseThrow();
    }

    /** A request over a connection from this address that says, as a client may, it came from 203.0.113.9 over HTTPS. */
    private static Seen seenFrom(Valve valve, String connection) throws Exception {
        Request request = new Request(new Connector());
        request.setCoyoteRequest(new org.apache.coyote.Request());
        request.setRemoteAddr(connection);
        request.getCoyoteRequest().getMimeHeaders().addValue("X-Forwarded-For").setString("198.51.100.7, 203.0.113.9");
        request.getCoyoteRequest().getMimeHeaders().addValue("X-Forwarded-Proto").setString("https");
        AtomicReference<Seen> seen = new AtomicReference<>();
        valve.setNext(new ValveBase() {
            @Override
            public void invoke(Request request, Response response) {
                seen.set(new Seen(request.getRemoteAddr(), request.isSecure()));
            }
        });
        valve.invoke(request, new Response());
        return seen.get();
    }
}
