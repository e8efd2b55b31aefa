package no.medvirk;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Component;

/** The mails the test mail server received: what left Medvirk's outbox, as the recipient reads it. */
@Component
public class DeliveredMails {

    private final GreenMail greenMail;

    DeliveredMails(GreenMail greenMail) {
        this.greenMail = greenMail;
    }

    /** The body of the one mail to this recipient whose subject starts so, waiting up to five seconds for it. */
    public String awaitBody(String recipient, String subjectStart) throws Exception {
        for (int i = 0; i < 50; i++) {
            List<MimeMessage> found = Arrays.stream(greenMail.getReceivedMessages())
                    .filter(m -> to(m, recipient) && subject(m).startsWith(subjectStart)).toList();
            if (!found.isEmpty()) {
                return found.get(found.size() - 1).getContent().toString();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("No mail '" + subjectStart + "' to " + recipient + " arrived");
    }

    private static boolean to(MimeMessage message, String recipient) {
        try {
            return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                    .anyMatch(a -> a.toString().contains(recipient));
        } catch (Exception e) {
            return false;
        }
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject() == null ? "" : message.getSubject();
        } catch (Exception e) {
            return "";
        }
    }
}
