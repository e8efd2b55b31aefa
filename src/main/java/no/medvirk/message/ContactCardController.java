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

/** The contact card as a PDF, linked from the caseworker's form once the card is made. */
@RestController
class ContactCardController {

    private final ReadableMessages messages;
    private final ContactCard contactCard;

    ContactCardController(ReadableMessages messages, ContactCard contactCard) {
        this.messages = messages;
        this.contactCard = contactCard;
    }

    static String path(Message message) {
        return message.getCardSentAt() == null ? null
                : "/api/messages/" + message.getCaseNumber() + "/contact-card.pdf";
    }

    @GetMapping("/api/messages/{yy}/{n}/contact-card.pdf")
    @Operation(summary = "The contact card (letter asking the submitter to call) of a message, as PDF")
    @Transactional(readOnly = true)
    ResponseEntity<byte[]> card(@PathVariable String yy, @PathVariable String n) {
        Message message = messages.get(yy, n);
        if (message.getCardSentAt() == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No contact card has been made for this message.");
        }
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("kontaktkort-" + message.getCaseNumber().replace('/', '-') + ".pdf").build().toString())
                .body(contactCard.pdf(message));
    }
}
