package no.medvirk;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;

/** The mails the test mail server received: what left Medvirk's outbox, as the recipient reads it ({@link TestMailServer}). */
public class DeliveredMails {

    private final GreenMail greenMail;

    DeliveredMails(GreenMail greenMail) {
        this.greenMail = greenMail;
    }

    /**
     * The body of the newest mail to this recipient whose subject starts so and whose body holds the
     * text given (the server keeps other tests' mails), waiting up to five seconds for it.
     */
    public String awaitBody(String recipient, String subjectStart, String holding) throws Exception {
        for (int i = 0; i < 50; i++) {
            List<MimeMessage> found = Arrays.stream(greenMail.getReceivedMessages())
                    .filter(m -> to(m, recipient) && subject(m).startsWith(subjectStart)
                            && body(m).contains(holding)).toList();
            if (!found.isEmpty()) {
                return body(found.get(found.size() - 1));
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

    private static String body(MimeMessage message) {
        try {
            return message.getContent().toString();
        } catch (Exception e) {
            return "";
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
