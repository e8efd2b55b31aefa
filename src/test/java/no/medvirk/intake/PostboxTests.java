package no.medvirk.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Flags;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import no.medvirk.MedvirkTest;
import no.medvirk.TestMailServer;
import no.medvirk.message.Channel;
import no.medvirk.message.Message;
import no.medvirk.message.MessageDocument;
import no.medvirk.message.MessageStatus;
import no.medvirk.message.MessageCases;
import no.medvirk.message.Messages;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** M1: the municipal postbox (GreenMail's IMAP) read into received messages, each mail exactly once. */
@MedvirkTest
class PostboxTests {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    private static final Session MAIL = Session.getInstance(new Properties());

    @Autowired
    Postbox postbox;
    @Autowired
    MailIntake intake;
    @Autowired
    GreenMail greenMail;
    @Autowired
    Messages messages;
    @Autowired
    MessageCases cases;
    @Autowired
    TaskService taskService;
    @Autowired
    FormService formService;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    TestRestTemplate rest;

    private final List<String> caseNumbers = new ArrayList<>();

    @BeforeEach
    void emptyPostbox() throws Exception {
        ClockUtil.reset();
        // OutboxTests restart the mail server, which forgets its users.
        greenMail.setUser(TestMailServer.POSTBOX, TestMailServer.POSTBOX, "postbox-secret");
        greenMail.purgeEmailFromAllMailboxes();
    }

    @AfterEach
    void endCases() {
        cases.end(caseNumbers);
    }

    @Test
    void aPlainMailBecomesAReceivedMessageForTheServiceCentreTheSameDay() throws Exception {
        MimeMessage mail = mail("<plain@example.no>", "Hull i veien");
        mail.setText("Det er et stort hull i Storgata ved nummer 4.", "UTF-8");
        deliver(mail);

        assertThat(postbox.takeNew()).isEqualTo(1);

        Message message = onlyNewMessage();
        assertThat(message.getChannel()).isEqualTo(Channel.EMAIL);
        assertThat(message.getStatus()).isEqualTo(MessageStatus.RECEIVED);
        assertThat(message.getText()).isEqualTo("Emne: Hull i veien\n\nDet er et stort hull i Storgata ved nummer 4.");
        assertThat(message.getSubmitter().email()).isEqualTo("berit@example.no");
        assertThat(message.getSubmitter().name()).isEqualTo("Berit Innbygger");
        Task registration = registrationTask(message);
        assertThat(registration.getTaskDefinitionKey()).isEqualTo("Task_RegisterMessage");
        assertThat(registration.getDueDate().toInstant().atZone(OSLO).toLocalTime()).isEqualTo(LocalTime.of(16, 0));
        assertThat(postboxFlags()).containsExactly(true);
    }

    @Test
    void anHtmlOnlyMailIsReadAsItsTextWithoutMarkup() throws Exception {
        MimeMessage mail = mail("<html@example.no>", "Gatelys");
        mail.setContent("<html><body><p>Hei,</p><p>Lyset er <b>mørkt</b> &amp; kaldt.<br>Hilsen Berit</p>"
                + "<script>alert('x')</script></body></html>", "text/html; charset=UTF-8");
        deliver(mail);

        assertThat(postbox.takeNew()).isEqualTo(1);

        assertThat(onlyNewMessage().getText())
                .isEqualTo("Emne: Gatelys\n\nHei,\n\nLyset er mørkt & kaldt.\nHilsen Berit");
    }

    @Test
    void attachmentsAreKeptUpToTheLimitAndALargerOneIsNamedInTheText() throws Exception {
        MimeMessage mail = mail("<attachments@example.no>", "Bilde av hullet");
        MimeMultipart parts = new MimeMultipart();
        MimeBodyPart text = new MimeBodyPart();
        text.setText("Se vedlagt bilde.", "UTF-8");
        parts.addBodyPart(text);
        parts.addBodyPart(file("hullet.jpg", "image/jpeg", 2_000));
        parts.addBodyPart(file("video.mp4", "video/mp4", 200_000));
        mail.setContent(parts);
        deliver(mail);

        assertThat(postbox.takeNew()).isEqualTo(1);

        Message message = onlyNewMessage();
        assertThat(message.getText()).startsWith("Emne: Bilde av hullet\n\nSe vedlagt bilde.")
                .contains("Vedlegget «video.mp4» var større enn");
        List<MessageDocument> documents = transaction.execute(s -> {
            List<MessageDocument> kept = messages.findByCaseNumber(message.getCaseNumber()).orElseThrow().getDocuments();
            kept.forEach(MessageDocument::getContent);
            return kept;
        });
        assertThat(documents).singleElement().satisfies(d -> {
            assertThat(d.getFileName()).isEqualTo("hullet.jpg");
            assertThat(d.getContentType()).isEqualTo("image/jpeg");
            assertThat(d.getContent()).hasSize(2_000).containsOnly((byte) 7);
        });

        // The service centre finds the file from its registration task, on the case page.
        Task registration = registrationTask(message);
        assertThat(formService.getTaskFormVariables(registration.getId()).get("documentsText").toString())
                .isEqualTo("**Meldingen kom med ett vedlegg.** [Se vedleggene på saken](/sak/" + message.getCaseNumber() + ")");
        String page = rest.withBasicAuth("servicesenter", "demo").getForObject("/sak/" + message.getCaseNumber(), String.class);
        assertThat(page).contains("<h2>Vedlegg</h2>", "hullet.jpg", "/api/messages/" + message.getCaseNumber() + "/documents/1");
        ResponseEntity<byte[]> file = rest.withBasicAuth("servicesenter", "demo")
                .getForEntity("/api/messages/" + message.getCaseNumber() + "/documents/1", byte[].class);
        assertThat(file.getBody()).hasSize(2_000);
        assertThat(file.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_OCTET_STREAM);
        assertThat(file.getHeaders().getContentDisposition().getFilename()).isEqualTo("hullet.jpg");
        assertThat(file.getHeaders().getContentDisposition().isAttachment()).isTrue();
        // Only those who may read the message get its files.
        assertThat(rest.withBasicAuth("ola", "demo").getForEntity("/api/messages/" + message.getCaseNumber()
                + "/documents/1", byte[].class).getStatusCode().is4xxClientError()).isTrue();
    }

    @Test
    void aMailWithBrokenHeadersIsTakenAnonymouslyWithWhatCanBeRead() throws Exception {
        String raw = "From: <<not an address\r\nTo: " + TestMailServer.POSTBOX + "\r\n"
                + "Subject: =?bogus-charset?Q?Br=F8yting?=\r\nContent-Type: text/plain; charset=no-such-charset\r\n\r\n"
                + "Veien er ikke broytet.\r\n";
        deliver(new MimeMessage(MAIL, new ByteArrayInputStream(raw.getBytes(StandardCharsets.US_ASCII))));

        assertThat(postbox.takeNew()).isEqualTo(1);

        Message message = onlyNewMessage();
        assertThat(message.getText()).contains("Veien er ikke broytet.");
        assertThat(message.getSubmitter().email()).isNull();
        assertThat(postboxFlags()).containsExactly(true);
    }

    @Test
    void controlCharactersInAMailAreLeftOutAndTheMailIsTaken() throws Exception {
        MimeMessage mail = mail("<control@example.no>", "Støy\u0007 i natten");
        mail.setFrom(new InternetAddress("berit@example.no", "Berit\u0000 Innbygger", "UTF-8"));
        mail.setText("Det var støy\u0000 hele natten.\u001b", "UTF-8");
        deliver(mail);

        assertThat(postbox.takeNew()).isEqualTo(1);

        Message message = onlyNewMessage();
        assertThat(message.getText()).isEqualTo("Emne: Støy i natten\n\nDet var støy hele natten.");
        assertThat(message.getSubmitter().name()).isEqualTo("Berit Innbygger");
        assertThat(postboxFlags()).containsExactly(true);
    }

    @Test
    void theSameMailSeenTwiceBecomesOneMessage() throws Exception {
        for (int copy = 1; copy <= 2; copy++) {
            MimeMessage mail = mail("<twice@example.no>", "Brøyting");
            mail.setText("Veien er ikke brøytet.", "UTF-8");
            deliver(mail);
        }
        long before = messages.count();

        assertThat(postbox.takeNew()).isEqualTo(1);
        assertThat(postbox.takeNew()).isZero();

        assertThat(messages.count()).isEqualTo(before + 1);
        caseNumbers.add(newestCaseNumber());
        assertThat(postboxFlags()).containsExactly(true, true);
    }

    @Test
    void aMailCommittedButNotMarkedBeforeAStopIsOnlyMarkedAfterwards() throws Exception {
        MimeMessage mail = mail("<half-way@example.no>", "Søppel");
        mail.setText("Søppelet er ikke hentet.", "UTF-8");
        deliver(mail);
        // Medvirk committed the message and stopped before it marked the mail.
        String caseNumber = intake.take(ReceivedMail.read(mail, 1_000)).orElseThrow();
        caseNumbers.add(caseNumber);
        long before = messages.count();

        assertThat(postbox.takeNew()).isZero();

        assertThat(messages.count()).isEqualTo(before);
        assertThat(postboxFlags()).containsExactly(true);
        assertThat(jdbc.queryForObject("select case_number from intake_mail where mail_key = ?", String.class,
                "id:<half-way@example.no>")).isEqualTo(caseNumber);
    }

    @Test
    void withADoneFolderATakenMailIsMovedThere() throws Exception {
        MimeMessage mail = mail("<moved@example.no>", "Vann i kjelleren");
        mail.setText("Det står vann i kjelleren på skolen.", "UTF-8");
        deliver(mail);
        MailboxSettings moving = new MailboxSettings("localhost", greenMail.getImap().getPort(), "imap", TestMailServer.POSTBOX, "postbox-secret",
                "INBOX", "Mottatt", java.time.Duration.ofHours(1), org.springframework.util.unit.DataSize.ofKilobytes(100));

        assertThat(new Postbox(moving, intake).takeNew()).isEqualTo(1);

        caseNumbers.add(newestCaseNumber());
        GreenMailUser user = greenMail.getUserManager().getUser(TestMailServer.POSTBOX);
        var imap = greenMail.getManagers().getImapHostManager();
        assertThat(imap.getInbox(user).getMessages()).isEmpty();
        assertThat(imap.getFolder(user, "Mottatt").getMessages()).hasSize(1);
    }

    private static MimeMessage mail(String messageId, String subject) throws Exception {
        MimeMessage mail = new MimeMessage(MAIL) {
            @Override
            protected void updateMessageID() throws jakarta.mail.MessagingException {
                setHeader("Message-ID", messageId);
            }
        };
        mail.setFrom(new InternetAddress("berit@example.no", "Berit Innbygger", "UTF-8"));
        mail.setRecipient(RecipientType.TO, new InternetAddress(TestMailServer.POSTBOX));
        mail.setSubject(subject, "UTF-8");
        return mail;
    }

    private static MimeBodyPart file(String name, String type, int size) throws Exception {
        MimeBodyPart part = new MimeBodyPart();
        byte[] content = new byte[size];
        java.util.Arrays.fill(content, (byte) 7);
        part.setContent(content, type);
        part.setFileName(name);
        part.setDisposition(MimeBodyPart.ATTACHMENT);
        return part;
    }

    private void deliver(MimeMessage mail) throws Exception {
        mail.saveChanges();
        GreenMailUser user = greenMail.getUserManager().getUser(TestMailServer.POSTBOX);
        user.deliver(mail);
    }

    private List<Boolean> postboxFlags() throws Exception {
        GreenMailUser user = greenMail.getUserManager().getUser(TestMailServer.POSTBOX);
        return greenMail.getManagers().getImapHostManager().getInbox(user).getMessages().stream()
                .map(StoredMessage::getFlags).map(flags -> flags.contains(Flags.Flag.SEEN)).toList();
    }

    private Message onlyNewMessage() {
        String caseNumber = newestCaseNumber();
        caseNumbers.add(caseNumber);
        return messages.findByCaseNumber(caseNumber).orElseThrow();
    }

    private String newestCaseNumber() {
        return jdbc.queryForObject("select case_number from intake_mail order by taken_at desc, case_number desc limit 1",
                String.class);
    }

    private Task registrationTask(Message message) {
        return cases.openTask(message.getCaseNumber());
    }
}
