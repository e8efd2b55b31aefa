package no.medvirk.message;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** The letters to print, as PDF: the contact card and the written answer, linked from the forms and the case page. */
@RestController
class LetterController {

    private final ReadableMessages messages;
    private final ContactCard contactCard;
    private final AnswerLetter answerLetter;

    LetterController(ReadableMessages messages, ContactCard contactCard, AnswerLetter answerLetter) {
        this.messages = messages;
        this.contactCard = contactCard;
        this.answerLetter = answerLetter;
    }

    static String contactCardPath(Message message) {
        return message.getCardSentAt() == null ? null
                : "/api/messages/" + message.getCaseNumber() + "/contact-card.pdf";
    }

    static String answerLetterPath(Message message) {
        return "/api/messages/" + message.getCaseNumber() + "/answer-letter.pdf";
    }

    @GetMapping("/api/messages/{yy}/{n}/contact-card.pdf")
    @Operation(summary = "The contact card (letter asking the submitter to call) of a message, as PDF")
    @Transactional(readOnly = true)
    ResponseEntity<byte[]> card(@PathVariable String yy, @PathVariable String n) {
        Message message = messages.get(yy, n);
        if (message.getCardSentAt() == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No contact card has been made for this message.");
        }
        return pdf("kontaktkort-", message, contactCard.pdf(message));
    }

    @GetMapping("/api/messages/{yy}/{n}/answer-letter.pdf")
    @Operation(summary = "The written answer of a message answered by letter, as PDF to print")
    @Transactional(readOnly = true)
    ResponseEntity<byte[]> answer(@PathVariable String yy, @PathVariable String n) {
        Message message = messages.get(yy, n);
        if (!answerLetter.printed(message) || message.getAnswer() == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "This message was not answered by a printed letter.");
        }
        return pdf("svarbrev-", message, answerLetter.pdf(message));
    }

    private static ResponseEntity<byte[]> pdf(String name, Message message, byte[] pdf) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename(name + message.getCaseNumber().replace('/', '-') + ".pdf").build().toString())
                .body(pdf);
    }
}
