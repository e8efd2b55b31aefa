package no.medvirk;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

/** The mails the test mail server received: what left Medvirk's outbox, as the recipient reads it ({@link TestMailServer}). */
public class DeliveredMails {

    /** One delivered mail as its recipient reads it. */
    public record Mail(String subject, String body) {
    }

    private final GreenMail greenMail;

    DeliveredMails(GreenMail greenMail) {
        this.greenMail = greenMail;
    }

    /** Every mail delivered to this address so far (the server keeps other tests' mails too), oldest first. */
    public List<Mail> to(String recipient) {
        return Arrays.stream(greenMail.getReceivedMessages()).filter(m -> addressedTo(m, recipient))
                .map(m -> new Mail(subject(m), body(m))).toList();
    }

    /** The newest mail to this recipient that is the one wanted, waiting up to ten seconds for it. */
    public Mail await(String recipient, Predicate<Mail> wanted, String what) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            List<Mail> found = to(recipient).stream().filter(wanted).toList();
            if (!found.isEmpty()) {
                return found.get(found.size() - 1);
            }
            Thread.sleep(100);
        }
        throw new AssertionError("No mail " + what + " to " + recipient + " arrived");
    }

    /** The body of the newest mail to this recipient whose subject starts so and whose body holds the text given. */
    public String awaitBody(String recipient, String subjectStart, String holding) throws InterruptedException {
        return await(recipient, m -> m.subject().startsWith(subjectStart) && m.body().contains(holding),
                "'" + subjectStart + "'").body();
    }

    private static boolean addressedTo(MimeMessage message, String recipient) {
        try {
            Address[] to = message.getRecipients(Message.RecipientType.TO);
            return to != null && Arrays.stream(to)
                    .anyMatch(a -> a instanceof InternetAddress address && address.getAddress().equalsIgnoreCase(recipient));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static String body(MimeMessage message) {
        try {
            return message.getContent().toString();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject() == null ? "" : message.getSubject();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
