package no.medvirk;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistrar;

/**
 * A real mail server (GreenMail): SMTP where Spring Mail sends, and IMAP with the municipal postbox
 * ({@link #POSTBOX}) where medvirk.mailbox reads. Free ports, so that two checkouts can run their
 * tests on one machine at once.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestMailServer {

    public static final String POSTBOX = "postmottak@medvirk.example";

    @Bean(initMethod = "start", destroyMethod = "stop")
    GreenMail greenMail() {
        GreenMail greenMail = new GreenMail(new ServerSetup[] {
                new ServerSetup(freePort(), "localhost", ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(freePort(), "localhost", ServerSetup.PROTOCOL_IMAP)});
        greenMail.setUser(POSTBOX, POSTBOX, "postbox-secret");
        return greenMail;
    }

    @Bean
    DeliveredMails deliveredMails(GreenMail greenMail) {
        return new DeliveredMails(greenMail);
    }

    /** Chosen once: tests stop and start the server again and expect it where it was. */
    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Bean
    DynamicPropertyRegistrar mailServerPorts(GreenMail greenMail) {
        return registry -> {
            registry.add("spring.mail.port", () -> greenMail.getSmtp().getPort());
            registry.add("medvirk.mailbox.port", () -> greenMail.getImap().getPort());
        };
    }
}
