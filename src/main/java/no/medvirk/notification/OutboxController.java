package no.medvirk.notification;

import java.time.Instant;
import java.util.List;
import no.medvirk.web.CurrentUser;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The mails not sent yet, for the administrator: without SMTP configured they all wait here. */
@RestController
class OutboxController {

    record PendingMail(long id, String recipient, String subject, Instant createdAt, int attempts,
                       String lastError) {
    }

    private final OutboxMails mails;
    private final IdentityService identityService;

    OutboxController(OutboxMails mails, IdentityService identityService) {
        this.mails = mails;
        this.identityService = identityService;
    }

    @GetMapping("/api/outbox")
    List<PendingMail> pending() {
        CurrentUser.requireAnyOf(identityService, "Only administrators see the outbox.", Groups.CAMUNDA_ADMIN);
        return mails.findBySentAtIsNullOrderById().stream()
                .map(m -> new PendingMail(m.getId(), m.getRecipient(), m.getSubject(), m.getCreatedAt(),
                        m.getAttempts(), m.getLastError()))
                .toList();
    }
}
