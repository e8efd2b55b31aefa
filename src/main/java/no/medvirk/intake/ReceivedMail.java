package no.medvirk.intake;

import jakarta.mail.BodyPart;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import no.medvirk.forms.Fields;
import no.medvirk.message.Attachment;
import no.medvirk.message.MessageInput;
import no.medvirk.message.MessageInput.SubmitterInput;
import org.apache.commons.codec.digest.DigestUtils;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * One mail from the postbox, read as a message: the sender as the submitter's e-mail, subject and
 * text as the message's text (HTML-only mails as their text), attachments up to a size. A mail a
 * mail client would still show (a broken sender, an odd charset) is taken with what can be read:
 * characters the message check refuses (control characters, bytes an odd charset could not give)
 * are left out, so that no mail stays in the postbox for what is in it.
 */
final class ReceivedMail {

    private static final int MAX_TEXT = 4000;

    final String key;
    final MessageInput input;
    final List<Attachment> attachments;
    /** Sent by a machine (RFC 3834's Auto-Submitted, a list or bulk mail): no receipt goes back to it. */
    final boolean automatic;

    private ReceivedMail(String key, MessageInput input, List<Attachment> attachments, boolean automatic) {
        this.key = key;
        this.input = input;
        this.attachments = attachments;
        this.automatic = automatic;
    }

    static ReceivedMail read(MimeMessage mail, long maxAttachment) throws MessagingException, IOException {
        List<Attachment> kept = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        StringBuilder plain = new StringBuilder();
        StringBuilder html = new StringBuilder();
        walk(mail, plain, html, kept, notes, maxAttachment);
        String body = !plain.isEmpty() ? plain.toString() : textOf(html.toString());
        String subject = subject(mail);
        StringBuilder text = new StringBuilder();
        if (subject != null && !subject.isBlank()) {
            text.append("Emne: ").append(subject.strip()).append("\n\n");
        }
        text.append(body.strip());
        notes.forEach(note -> text.append("\n\n").append(note));
        String message = Fields.withoutForbiddenCharacters(text.toString()).strip();
        if (message.isEmpty()) {
            message = "(E-posten hadde verken emne eller tekst.)";
        }
        if (message.length() > MAX_TEXT) {
            String cut = "\n\n[Forkortet: hele e-posten var " + message.length() + " tegn.]";
            message = message.substring(0, MAX_TEXT - cut.length()) + cut;
        }
        InternetAddress from = sender(mail);
        SubmitterInput submitter = from == null ? null
                : new SubmitterInput(Fields.withoutForbiddenCharacters(from.getPersonal()), null, null, from.getAddress());
        return new ReceivedMail(key(mail), new MessageInput("EMAIL", null, message, null, null, false, false, submitter),
                kept, automatic(mail));
    }

    private static boolean automatic(MimeMessage mail) throws MessagingException {
        String autoSubmitted = mail.getHeader("Auto-Submitted", null);
        String precedence = mail.getHeader("Precedence", null);
        return autoSubmitted != null && !autoSubmitted.strip().equalsIgnoreCase("no")
                || precedence != null && precedence.strip().toLowerCase(Locale.ROOT).matches("bulk|junk|list")
                || mail.getHeader("List-Id") != null;
    }

    /** The Message-ID when the mail has a sane one, otherwise a hash of the whole mail. */
    private static String key(MimeMessage mail) throws MessagingException, IOException {
        String id = mail.getMessageID();
        if (id != null && !id.isBlank() && id.length() <= 240) {
            return "id:" + id.strip();
        }
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        mail.writeTo(raw);
        return "sha256:" + DigestUtils.sha256Hex(raw.toByteArray());
    }

    private static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (MessagingException e) {
            return null;
        }
    }

    /** The sender, or nobody when the From header cannot be read: the message is then anonymous. */
    private static InternetAddress sender(MimeMessage mail) {
        try {
            Address[] from = mail.getFrom();
            if (from != null && from.length > 0 && from[0] instanceof InternetAddress address) {
                address.validate();
                return address;
            }
        } catch (MessagingException e) {
            // A broken From header: the mail is still taken, without a sender to answer.
        }
        return null;
    }

    private static void walk(Part part, StringBuilder plain, StringBuilder html, List<Attachment> kept,
                             List<String> notes, long maxAttachment) throws MessagingException, IOException {
        if (part.isMimeType("multipart/*")) {
            Multipart parts = (Multipart) part.getContent();
            for (int i = 0; i < parts.getCount(); i++) {
                BodyPart child = parts.getBodyPart(i);
                walk(child, plain, html, kept, notes, maxAttachment);
            }
            return;
        }
        String fileName = part.getFileName();
        boolean attachment = Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) || fileName != null;
        if (!attachment && part.isMimeType("text/plain") && plain.isEmpty()) {
            plain.append(text(part));
        } else if (!attachment && part.isMimeType("text/html") && html.isEmpty()) {
            html.append(text(part));
        } else if (attachment) {
            String name = fileName == null ? "vedlegg" : fileName;
            byte[] content = bytes(part.getInputStream(), maxAttachment);
            if (content == null) {
                notes.add("Vedlegget «" + name + "» var større enn " + (maxAttachment / (1024 * 1024))
                        + " MB og ble ikke lagret. Be innmelderen sende det på en annen måte.");
            } else {
                String type = part.getContentType() == null ? "application/octet-stream"
                        : part.getContentType().split(";")[0].strip().toLowerCase();
                kept.add(new Attachment(name, type, content));
            }
        }
    }

    /** A text part; with a charset Java does not know, its bytes read as UTF-8 (what most mail is). */
    private static String text(Part part) throws MessagingException, IOException {
        try {
            if (part.getContent() instanceof String s) {
                return s;
            }
        } catch (java.io.UnsupportedEncodingException unknownCharset) {
            // Read below.
        }
        try (InputStream in = part.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The content, or null when it is larger than the limit (read no further than that). */
    private static byte[] bytes(InputStream in, long max) throws IOException {
        try (in) {
            byte[] read = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
            return read.length > max ? null : read;
        }
    }

    /** An HTML mail's text, with its paragraphs and line breaks, and no markup. */
    static String textOf(String html) {
        Document document = Jsoup.parse(html);
        Document.OutputSettings keepLines = new Document.OutputSettings().prettyPrint(false);
        document.outputSettings(keepLines);
        document.select("br").after("\\n");
        document.select("p, div, li, tr, h1, h2, h3, h4").before("\\n\\n");
        String text = Jsoup.clean(document.html().replace("\\n", "\n"), "", Safelist.none(), keepLines);
        return org.jsoup.parser.Parser.unescapeEntities(text, false).replaceAll("\n{3,}", "\n\n").strip();
    }
}
