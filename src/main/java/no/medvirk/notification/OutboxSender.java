package no.medvirk.notification;

import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends what the e-mail outbox holds ({@link RowSender}). Without SMTP configured (spring.mail.host)
 * nothing is sent and the mails wait in the outbox, where the administrator sees them
 * ({@code GET /api/outbox}).
 */
@Component
class OutboxSender extends RowSender<OutboxMail> {

    private final ObjectProvider<JavaMailSender> mailSender;
    private final String from;

    OutboxSender(OutboxMails mails, ObjectProvider<JavaMailSender> mailSender,
                 @Value("${medvirk.mail.from}") String from, Clock clock, OutboxMetrics metrics) {
        super(mails, metrics, MailException.class, "E-mail", clock);
        this.mailSender = mailSender;
        this.from = from;
    }

    @Override
    @Scheduled(fixedDelayString = "${medvirk.mail.retry-every:PT1M}")
    void sendDue() {
        super.sendDue();
    }

    @Override
    boolean ready() {
        return mailSender.getIfAvailable() != null;
    }

    @Override
    void deliver(OutboxMail mail) {
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(mail.getRecipient());
        message.setSubject(mail.getSubject());
        message.setText(mail.getBody());
        mailSender.getObject().send(message);
    }
}
