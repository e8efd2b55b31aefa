package no.medvirk.message;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

@RestController
@Tag(name = "Meldinger", description = "Citizens' messages: register one, read its record")
class MessageController {

    record Problem(String message, Map<String, String> errors) {
    }

    private final MessageRegistration registration;
    private final ReadableMessages readable;
    private final IdentityService identityService;

    MessageController(MessageRegistration registration, ReadableMessages readable, IdentityService identityService) {
        this.registration = registration;
        this.readable = readable;
        this.identityService = identityService;
    }

    @PostMapping("/api/messages")
    @Operation(summary = "Register a message and start its lifecycle (service centre and administrators)",
            description = "The message is registered in full and skips the registration form. Answers 201 "
                    + "with the record; 400 names each field that is wrong and nothing is saved.")
    ResponseEntity<MessageView> register(@RequestBody MessageInput input) {
        if (!MessageAccess.canRegister(identityService.getCurrentAuthentication())) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Only the service centre registers messages.");
        }
        Message message = registration.register(input);
        return ResponseEntity.created(URI.create("/api/messages/" + message.getCaseNumber()))
                .body(MessageView.of(message));
    }

    @GetMapping("/api/messages/{yy}/{n}")
    @Operation(summary = "A message's record, for the service centre, administrators and the units it went to")
    @Transactional(readOnly = true)
    MessageView get(@PathVariable String yy, @PathVariable String n) {
        return MessageView.of(readable.get(yy, n));
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<Problem> invalid(InvalidInputException e) {
        return ResponseEntity.badRequest().body(new Problem("Meldingen ble ikke registrert.", e.errors()));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Problem> unreadable(HttpMessageNotReadableException e) {
        return ResponseEntity.badRequest().body(new Problem("The request body is not a message in JSON.", Map.of()));
    }
}
