package no.medvirk.intake;

import java.util.Map;
import no.medvirk.web.CurrentUser;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** The administrator issues each Open311 app its key (shown once) and can revoke it. */
@RestController
class Open311ClientController {

    record NewClient(String name) {
    }

    private final Open311Clients clients;
    private final IdentityService identityService;

    Open311ClientController(Open311Clients clients, IdentityService identityService) {
        this.clients = clients;
        this.identityService = identityService;
    }

    @PostMapping("/api/open311/clients")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, String> issue(@RequestBody NewClient client) {
        administratorOnly();
        if (client.name() == null || client.name().isBlank() || client.name().length() > 100) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "name: the app's name, at most 100 characters");
        }
        String key = clients.issue(client.name().strip()).orElseThrow(() -> new ResponseStatusException(
                HttpStatus.CONFLICT, "An app of that name has a key; revoke it first or choose another name."));
        return Map.of("name", client.name().strip(), "api_key", key);
    }

    @DeleteMapping("/api/open311/clients/{name}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revoke(@PathVariable String name) {
        administratorOnly();
        if (!clients.revoke(name)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No app of that name has a key.");
        }
    }

    private void administratorOnly() {
        CurrentUser.requireAnyOf(identityService, "Only administrators issue Open311 keys.", Groups.CAMUNDA_ADMIN);
    }
}
