package no.medvirk.intake;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import no.medvirk.message.CitizenNotices;
import no.medvirk.message.Message;
import no.medvirk.message.MessageRegistration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A mail becomes a message exactly once: the message and the mail's key are committed together, and
 * the key's primary key refuses a second taking (another node, or this one after a restart). Its sender
 * gets a receipt, as a card's does, unless the mail was sent by a machine (an auto-reply would answer it).
 */
@Service
class MailIntake {

    private final MessageRegistration registration;
    private final CitizenNotices notices;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    MailIntake(MessageRegistration registration, CitizenNotices notices, JdbcTemplate jdbc, Clock clock) {
        this.registration = registration;
        this.notices = notices;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The case number of the new message, or empty when this mail was taken before. */
    @Transactional
    Optional<String> take(ReceivedMail mail) {
        if (taken(mail.key)) {
            return Optional.empty();
        }
        Message message = registration.receive(mail.input, mail.attachments);
        String caseNumber = message.getCaseNumber();
        if (!mail.automatic) {
            notices.receipt(message, registration.promisedTo(message));
        }
        jdbc.update("insert into intake_mail (mail_key, case_number, taken_at) values (?, ?, ?)",
                mail.key, caseNumber, Timestamp.from(clock.instant()));
        return Optional.of(caseNumber);
    }

    boolean taken(String key) {
        return jdbc.queryForObject("select count(*) from intake_mail where mail_key = ?", Integer.class, key) > 0;
    }
}
