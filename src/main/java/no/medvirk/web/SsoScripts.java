package no.medvirk.web;

import org.springframework.context.annotation.Conditional;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** With single sign-on, the webapps' script that sends "Logg ut" to the identity provider (see config.js). */
@Controller
@Conditional(SsoEnabled.class)
class SsoScripts {

    private static final Resource SCRIPT = new ClassPathResource("sso/medvirk-sso.js");

    @GetMapping("/camunda/app/{app:tasklist|cockpit|admin|welcome}/scripts/medvirk-sso.js")
    ResponseEntity<Resource> logoutThroughTheProvider() {
        return ResponseEntity.ok().contentType(MediaType.valueOf("text/javascript")).body(SCRIPT);
    }
}
