package no.medvirk.engine;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import no.medvirk.web.CurrentUser;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** For administrators: what the latest new version of the routine did to the running cases. */
@RestController
@Tag(name = "Rutineendringer")
class ProcessChangeController {

    private final ProcessChanges changes;
    private final IdentityService identityService;

    ProcessChangeController(ProcessChanges changes, IdentityService identityService) {
        this.changes = changes;
        this.identityService = identityService;
    }

    @GetMapping("/api/process-changes/latest")
    @Operation(summary = "Hvilke saker som flyttet til den nye versjonen av rutinen, og hvilke som ble igjen og hvorfor")
    ProcessChanges.Latest latest() {
        CurrentUser.requireAnyOf(identityService, "Bare administratorer ser hva en ny versjon gjorde med sakene.",
                Groups.CAMUNDA_ADMIN);
        ProcessChanges.Latest latest = changes.latest();
        if (latest == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Ingen ny versjon av rutinen har funnet saker som "
                    + "var i gang.");
        }
        return latest;
    }
}
