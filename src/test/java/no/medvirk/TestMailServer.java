package no.medvirk;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * A real mail server (GreenMail): SMTP where application-test.yml points Spring Mail, and IMAP with
 * the municipal postbox ({@link #POSTBOX}) where it points medvirk.mailbox.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestMailServer {

    public static final String POSTBOX = "postmottak@medvirk.example";

    @Bean(initMethod = "start", destroyMethod = "stop")
    GreenMail greenMail() {
        GreenMail greenMail = new GreenMail(new ServerSetup[] {
                new ServerSetup(3025, "localhost", ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(3143, "localhost", ServerSetup.PROTOCOL_IMAP)});
        greenMail.setUser(POSTBOX, POSTBOX, "postbox-secret");
        return greenMail;
    }
}
