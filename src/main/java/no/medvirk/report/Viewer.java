package no.medvirk.report;

import java.time.LocalDate;
import java.util.List;
import no.medvirk.organisation.Organisation;
import no.medvirk.organisation.OrganisationGroups;
import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * Who reads the report, and so what it may cover: the service centre, the chief executive, the
 * mayor, the politicians and their secretariat see the whole municipality; a unit leader sees the
 * units they lead and nothing else. The administration (service centre, chief executive) writes
 * the assessment in the yearly report.
 *
 * @param units the units this reader may see, or null for all
 */
record Viewer(String userId, List<String> units, boolean writesAssessment) {

    private static final List<String> WHOLE_MUNICIPALITY = List.of(Groups.CAMUNDA_ADMIN,
            OrganisationGroups.SERVICE_CENTRE, OrganisationGroups.CHIEF_EXECUTIVE, OrganisationGroups.MAYOR,
            OrganisationGroups.POLITICIANS, OrganisationGroups.COMMITTEE_SECRETARIAT);
    private static final List<String> ADMINISTRATION = List.of(Groups.CAMUNDA_ADMIN,
            OrganisationGroups.SERVICE_CENTRE, OrganisationGroups.CHIEF_EXECUTIVE);

    /** @throws ResponseStatusException 403 for a user who may see no statistics at all */
    static Viewer of(String userId, List<String> groups, Organisation organisation) {
        boolean writes = groups.stream().anyMatch(ADMINISTRATION::contains);
        if (groups.stream().anyMatch(WHOLE_MUNICIPALITY::contains)) {
            return new Viewer(userId, null, writes);
        }
        List<String> led = organisation.units().stream().map(Organisation.Unit::code)
                .filter(code -> groups.contains(OrganisationGroups.unitLeaders(code))).toList();
        if (led.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN,
                    "Statistikken er for servicesenteret, enhetsledere, kommunedirektøren og politikerne.");
        }
        return new Viewer(userId, led, writes);
    }

    boolean seesAllUnits() {
        return units == null;
    }

    /**
     * The report this reader asked for; no unit means all they may see.
     *
     * @throws ResponseStatusException 400 for a period that is not one, 403 for another unit than the reader's
     */
    ReportFilter filter(LocalDate from, LocalDate to, String unit, Organisation organisation) {
        if (from.isAfter(to)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Fra-datoen må være før til-datoen.");
        }
        if (from.plusYears(10).isBefore(to)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Velg en periode på høyst ti år.");
        }
        if (unit == null || unit.isBlank()) {
            return new ReportFilter(from, to, units);
        }
        if (organisation.unit(unit).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Enheten finnes ikke: velg en enhet fra listen.");
        }
        if (!seesAllUnits() && !units.contains(unit)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Du ser bare tallene for enhetene du leder.");
        }
        return new ReportFilter(from, to, List.of(unit));
    }
}
