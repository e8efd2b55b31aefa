package no.medvirk.report;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import no.medvirk.organisation.Organisation;
import no.medvirk.web.CurrentUser;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Component;

/** The caller as a report reader, and the report they asked for with this year and their units as defaults. */
@Component
class ReportAccess {

    private final IdentityService identityService;
    private final Organisation organisation;
    private final Clock clock;

    ReportAccess(IdentityService identityService, Organisation organisation, Clock clock) {
        this.identityService = identityService;
        this.organisation = organisation;
        this.clock = clock;
    }

    Viewer viewer() {
        return Viewer.of(identityService.getCurrentAuthentication().getUserId(), CurrentUser.groups(identityService),
                organisation);
    }

    ReportFilter filter(Viewer viewer, Optional<LocalDate> from, Optional<LocalDate> to, Optional<String> unit) {
        int year = LocalDate.now(clock).getYear();
        return viewer.filter(from.orElse(LocalDate.of(year, 1, 1)), to.orElse(LocalDate.of(year, 12, 31)),
                unit.orElse(null), organisation);
    }

    /** "hele kommunen" or the units' names, for the report's text. */
    String scope(ReportFilter filter) {
        if (filter.allUnits()) {
            return "hele kommunen";
        }
        return String.join(", ", filter.units().stream()
                .map(code -> organisation.unitName(code)).toList());
    }

    String personName(String userId) {
        return organisation.personName(userId);
    }

    Organisation organisation() {
        return organisation;
    }
}
