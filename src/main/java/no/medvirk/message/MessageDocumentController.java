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

/**
 * A file that came with a message (a mail's attachment), for those who may read the message. Always
 * a download, never shown in the browser: its type is the sender's word, and HTML or SVG from a
 * citizen must not run as Medvirk's page.
 */
@RestController
class MessageDocumentController {

    private final ReadableMessages messages;

    MessageDocumentController(ReadableMessages messages) {
        this.messages = messages;
    }

    static String path(Message message, int index) {
        return "/api/messages/" + message.getCaseNumber() + "/documents/" + index;
    }

    @GetMapping("/api/messages/{yy}/{n}/documents/{index}")
    @Operation(summary = "A file that came with a message, by its place (1, 2, …) among the message's files")
    @Transactional(readOnly = true)
    ResponseEntity<byte[]> document(@PathVariable String yy, @PathVariable String n, @PathVariable int index) {
        var documents = messages.get(yy, n).getDocuments();
        if (index < 1 || index > documents.size()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "The message has no file number " + index + ".");
        }
        MessageDocument document = documents.get(index - 1);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(document.getFileName(), java.nio.charset.StandardCharsets.UTF_8)
                                .build().toString())
                .body(document.getContent());
    }
}
