package no.medvirk.message;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import no.medvirk.forms.InvalidInputException;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
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
    private final RegistrationTransaction transaction;
    private final ReadableMessages readable;
    private final IdentityService identityService;

    MessageController(MessageRegistration registration, RegistrationTransaction transaction, ReadableMessages readable,
                      IdentityService identityService) {
        this.registration = registration;
        this.transaction = transaction;
        this.readable = readable;
        this.identityService = identityService;
    }

    @PostMapping("/api/messages")
    @Operation(summary = "Register a message and start its lifecycle (service centre and administrators)",
            description = "The message is registered in full and skips the registration form. Answers 201 "
                    + "with the record once it is stored; 400 names each field that is wrong and nothing is saved; "
                    + "503 with Retry-After when too many registrations came at once, and nothing is saved.")
    ResponseEntity<MessageView> register(@RequestBody MessageInput input) {
        if (!MessageAccess.canRegister(identityService.getCurrentAuthentication())) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Only the service centre registers messages.");
        }
        // The 201 goes out after the registration's transaction has committed.
        Message message = transaction.run(firstStep -> registration.register(input, firstStep));
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

    @ExceptionHandler(RegistrationBusyException.class)
    ResponseEntity<ProblemDetail> busy(RegistrationBusyException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "Mange meldinger registreres akkurat nå. Meldingen ble ikke registrert: send den igjen om litt.");
        problem.setTitle("Meldingen ble ikke registrert");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(RegistrationBusyException.RETRY_AFTER_SECONDS))
                .body(problem);
    }

    /**
     * A body that is not JSON (or not UTF-8), or a field of the wrong type: Jackson takes only true
     * and false for a boolean ({@code spring.jackson.mapper.allow-coercion-of-scalars}), so a number
     * or a string is refused here, naming the field and never its value.
     */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Problem> unreadable(HttpMessageNotReadableException e) {
        if (e.getCause() instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            String field = mismatch.getPath().stream().map(JsonMappingException.Reference::getFieldName)
                    .filter(Objects::nonNull).collect(Collectors.joining("."));
            Class<?> type = mismatch.getTargetType();
            String refusal = type == Boolean.class || type == boolean.class ? "Skriv true eller false."
                    : "Feltet har feil type. Se API-beskrivelsen.";
            return ResponseEntity.badRequest().body(new Problem("Meldingen ble ikke registrert.", Map.of(field, refusal)));
        }
        return ResponseEntity.badRequest().body(new Problem("Forespørselen er ikke en melding i JSON.", Map.of()));
    }
}
