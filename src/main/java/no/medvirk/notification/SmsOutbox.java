package no.medvirk.notification;

import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

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
     * @param template a text template under {@code templates/sms/}
     * @return false, and nothing queued, when no gateway is configured
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean send(String phone, String template, Object model) {
        if (!configured()) {
            return false;
        }
        long id = messages.save(new SmsMessage(phone, templates.text(template, model), clock.instant())).getId();
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                sender.sendSoon(id);
            }
        });
        return true;
    }
}
