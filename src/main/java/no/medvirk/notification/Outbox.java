package no.medvirk.notification;

import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where every e-mail starts: it is stored in the transaction of the step that causes it, so that it
 * is sent exactly when that step commits, and is sent right after the commit.
 */
@Service
public class Outbox {

    private final OutboxMails mails;
    private final MailTemplates templates;
    private final OutboxSender sender;
    private final Clock clock;

    Outbox(OutboxMails mails, MailTemplates templates, OutboxSender sender, Clock clock) {
        this.mails = mails;
        this.templates = templates;
        this.sender = sender;
        this.clock = clock;
    }

    /**
     * @param template a text template under {@code templates/mail/}; its first line is the subject
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void send(String recipient, String template, Object model) {
        MailTemplates.Mail mail = templates.render(template, model);
        long id = mails.save(new OutboxMail(recipient, mail.subject(), mail.body(), clock.instant())).getId();
        RowSender.afterCommit(() -> sender.sendSoon(id));
    }
}
