package no.medvirk.intake;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The municipal postbox Medvirk reads over IMAP (M1: messages by e-mail). Unset host: no postbox.
 *
 * @param protocol {@code imaps} (TLS) or {@code imap}
 * @param doneFolder where a taken mail is moved; empty: it stays in {@code folder}, marked as read
 * @param maxAttachment larger attachments are not kept; the message says so
 */
@ConfigurationProperties(prefix = "medvirk.mailbox")
public record MailboxSettings(String host, @DefaultValue("993") int port, @DefaultValue("imaps") String protocol,
                              String username, String password, @DefaultValue("INBOX") String folder,
                              String doneFolder, @DefaultValue("PT1M") Duration pollEvery,
                              @DefaultValue("10MB") DataSize maxAttachment) {

    @Override
    public String toString() {
        return "MailboxSettings[" + protocol + "://" + host + ":" + port + "/" + folder + "]";
    }
}
