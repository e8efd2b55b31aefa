package no.medvirk.web;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.catalina.valves.RemoteIpValve;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;

/**
 * Who may say, in X-Forwarded-For and X-Forwarded-Proto, which address a request came from and that
 * it came over HTTPS: only the reverse proxies in {@code medvirk.trusted-proxies}. Tomcat's
 * RemoteIpValve ({@code server.forward-headers-strategy: native}) believes every private and
 * loopback address by default, so anyone on such a network could claim a new address for each post
 * and pass the message card's limit. With none listed the connection's own address is the client's.
 * The valve still reads a chain from the right, so a client's own X-Forwarded-For before the
 * proxy's is never taken.
 */
class TrustedProxies implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

    /** Four numbers to 255, or anything with a colon, which Java reads as IPv6 or refuses (never a name to look up). */
    private static final Pattern IP_LITERAL =
            Pattern.compile("((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)|[^:]*:.*");

    private final String addresses;

    /** @param proxies IP addresses, as literals: a name would be looked up once, and trusted for ever */
    TrustedProxies(List<String> proxies) {
        this.addresses = proxies.stream().map(String::strip).filter(p -> !p.isEmpty()).map(TrustedProxies::written)
                .map(Pattern::quote).collect(Collectors.joining("|"));
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        for (var valve : factory.getEngineValves()) {
            if (valve instanceof RemoteIpValve remoteIp) {
                remoteIp.setInternalProxies(addresses);
                remoteIp.setTrustedProxies(null);
            }
        }
    }

    /** After Spring Boot's customizer, which adds the valve. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    /** The address as Tomcat writes a connection's address, so that they compare equal. */
    private static String written(String proxy) {
        if (!IP_LITERAL.matcher(proxy).matches()) {
            throw new IllegalArgumentException("medvirk.trusted-proxies: " + proxy + " is not an IP address");
        }
        try {
            return InetAddress.getByName(proxy).getHostAddress();
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("medvirk.trusted-proxies: " + proxy + " is not an IP address", e);
        }
    }
}
