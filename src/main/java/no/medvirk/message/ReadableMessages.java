package no.medvirk.message;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * The messages the API's caller may read (see {@link MessageAccess}); any other is "not found", so
 * as not to tell that it exists.
 */
@Component
class ReadableMessages {

    private final Messages messages;
    private final IdentityService identityService;

    ReadableMessages(Messages messages, IdentityService identityService) {
        this.messages = messages;
        this.identityService = identityService;
    }

    Message get(String yy, String n) {
        String caseNumber;
        try {
            caseNumber = CaseNumber.parse(yy, n).toString();
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return messages.findByCaseNumber(caseNumber)
                .filter(m -> MessageAccess.canRead(identityService.getCurrentAuthentication(), m))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such message."));
    }
}
