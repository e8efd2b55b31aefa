package no.medvirk.intake;

import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.search.FlagTerm;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * M1: the municipal postbox over IMAP. Every unread mail becomes a received message waiting for the
 * service centre's registration; only after its message is committed is the mail marked as read (or
 * moved). Mails are read with PEEK, so a mail Medvirk stopped in the middle of stays unread and is
 * taken on the next round, and one that was committed but not yet marked is only marked.
 */
@Component
@ConditionalOnProperty(prefix = "medvirk.mailbox", name = "host")
class Postbox implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(Postbox.class);

    private final MailboxSettings settings;
    private final MailIntake intake;

    Postbox(MailboxSettings settings, MailIntake intake) {
        this.settings = settings;
        this.intake = intake;
    }

    /** Every {@code poll-every}, first once that long after start. */
    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(new FixedDelayTask(this::poll, settings.pollEvery(), settings.pollEvery()));
    }

    void poll() {
        try {
            takeNew();
        } catch (MessagingException e) {
            log.warn("The postbox {} could not be read: {}", settings, e.getMessage());
        }
    }

    /** Takes every unread mail in the postbox; returns how many became new messages. */
    int takeNew() throws MessagingException {
        Properties properties = new Properties();
        String protocol = settings.protocol();
        properties.put("mail.store.protocol", protocol);
        properties.put("mail." + protocol + ".peek", "true");
        properties.put("mail." + protocol + ".connectiontimeout", "10000");
        properties.put("mail." + protocol + ".timeout", "30000");
        Store store = Session.getInstance(properties).getStore(protocol);
        store.connect(settings.host(), settings.port(), settings.username(), settings.password());
        int created = 0;
        try (store) {
            Folder inbox = store.getFolder(settings.folder());
            inbox.open(Folder.READ_WRITE);
            try {
                for (Message mail : inbox.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false))) {
                    if (take((MimeMessage) mail)) {
                        created++;
                    }
                }
            } finally {
                inbox.close(true);
            }
        }
        return created;
    }

    private boolean take(MimeMessage mail) throws MessagingException {
        boolean created;
        try {
            created = intake.take(ReceivedMail.read(local(mail), settings.maxAttachment().toBytes())).isPresent();
        } catch (IOException | MessagingException | RuntimeException e) {
            // Left unread: tried again next round. No content or sender in the log (personal data).
            log.warn("A mail in the postbox could not be taken ({}); it stays unread", e.getClass().getSimpleName());
            return false;
        }
        done(mail);
        return created;
    }

    /**
     * The whole mail, fetched once and parsed here: the server's own parse of a broken header (its
     * "envelope") can fail where the mail itself is still readable.
     */
    private static MimeMessage local(MimeMessage mail) throws MessagingException, IOException {
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        mail.writeTo(raw);
        return new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(raw.toByteArray()));
    }

    private void done(MimeMessage mail) throws MessagingException {
        String doneFolder = settings.doneFolder();
        if (doneFolder != null && !doneFolder.isBlank()) {
            Folder done = mail.getFolder().getStore().getFolder(doneFolder);
            if (!done.exists()) {
                done.create(Folder.HOLDS_MESSAGES);
            }
            mail.getFolder().copyMessages(new Message[] {mail}, done);
            mail.setFlag(Flags.Flag.DELETED, true);
        } else {
            mail.setFlag(Flags.Flag.SEEN, true);
        }
    }
}
