package no.medvirk.notification;

import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where every text message starts, as every e-mail starts in the {@link Outbox}: stored in the transaction
 * of the step that causes it and sent after the commit. With no SMS gateway configured nothing is queued,
 * and the caller tells the citizen another way.
 */
@Service
public class SmsOutbox {

    private final SmsMessages messages;
    private final MailTemplates templates;
    private final SmsSender sender;
    private final SmsSettings settings;
    private final Clock clock;

    SmsOutbox(SmsMessages messages, MailTemplates templates, SmsSender sender, SmsSettings settings, Clock clock) {
        this.messages = messages;
        this.templates = templates;
        this.sender = sender;
        this.settings = settings;
        this.clock = clock;
    }

    /** Whether text messages can be sent at all (medvirk.sms.url is set). */
    public boolean configured() {
        return settings.configured();
    }

    /**
     * Queues nothing when no gateway is configured: callers ask {@link #configured()} first and choose
     * another way.
     *
     * @param template a text template under {@code templates/sms/}
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void send(String phone, String template, Object model) {
        if (!configured()) {
            return;
        }
        long id = messages.save(new SmsMessage(phone, templates.text(template, model), clock.instant())).getId();
        RowSender.afterCommit(() -> sender.sendSoon(id));
    }
}
