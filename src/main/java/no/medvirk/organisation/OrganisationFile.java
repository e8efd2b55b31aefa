package no.medvirk.organisation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException.Reference;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import no.medvirk.organisation.Organisation.Office;
import no.medvirk.organisation.Organisation.Person;
import no.medvirk.organisation.Organisation.Unit;
import org.springframework.core.io.Resource;

/** Reads and checks the organisation YAML file, so that a mistake in it is named before anything is created. */
final class OrganisationFile {

    // Camunda ids: our whitelist allows letters, digits and '-'; unit codes become part of group ids.
    private static final Pattern ID = Pattern.compile("[a-z0-9]+");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private static final ObjectMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private OrganisationFile() {
    }

    static Organisation read(Resource resource) {
        String source = resource.getDescription();
        Organisation organisation;
        try (InputStream in = resource.getInputStream()) {
            organisation = YAML.readValue(in, Organisation.class);
        } catch (JsonProcessingException e) {
            throw new InvalidOrganisationException(source, List.of(describe(e)));
        } catch (IOException e) {
            throw new InvalidOrganisationException(source, List.of("cannot be read: " + e.getMessage()));
        }
        if (organisation == null) {
            throw new InvalidOrganisationException(source, List.of("the file is empty"));
        }
        List<String> problems = check(organisation);
        if (!problems.isEmpty()) {
            throw new InvalidOrganisationException(source, problems);
        }
        return organisation;
    }

    /** Where in the file and what, in the file's own words: "unknown field 'leaderz' in units[0]". */
    private static String describe(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            List<Reference> path = unknown.getPath();
            String where = pathOf(path.subList(0, path.size() - 1));
            return "unknown field '" + unknown.getPropertyName() + "'" + (where.isEmpty() ? "" : " in " + where);
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return pathOf(mapping.getPath()) + ": " + e.getOriginalMessage();
        }
        return e.getOriginalMessage() + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")");
    }

    private static String pathOf(List<Reference> path) {
        StringBuilder where = new StringBuilder();
        for (Reference reference : path) {
            if (reference.getFieldName() != null) {
                where.append(where.isEmpty() ? "" : ".").append(reference.getFieldName());
            } else {
                where.append('[').append(reference.getIndex()).append(']');
            }
        }
        return where.toString();
    }

    static List<String> check(Organisation organisation) {
        List<String> problems = new ArrayList<>();
        if (isBlank(organisation.name())) {
            problems.add("'name' is missing");
        }

        Set<String> personIds = new HashSet<>();
        for (Person person : organisation.people()) {
            String what = "person '" + person.id() + "'";
            if (person.id() == null || !ID.matcher(person.id()).matches()) {
                problems.add(what + ": id must be lower-case letters and digits only");
            } else if (!personIds.add(person.id())) {
                problems.add(what + " is listed twice");
            }
            if (isBlank(person.firstName()) || isBlank(person.lastName())) {
                problems.add(what + ": firstName and lastName are required");
            }
            if (person.email() == null || !EMAIL.matcher(person.email()).matches()) {
                problems.add(what + ": a valid email is required");
            }
            if (person.login() != null && person.login().isBlank()) {
                problems.add(what + ": login, when given, cannot be empty");
            }
            if (person.password() != null && !organisation.demo()) {
                problems.add(what + ": passwords belong only in a demo organisation (demo: true); "
                        + "the administrator's password comes from MEDVIRK_ADMIN_PASSWORD");
            }
        }

        if (organisation.administrators().isEmpty()) {
            problems.add("'administrators' must name at least one person");
        }
        checkMembers("administrators", organisation.administrators(), personIds, problems);
        checkOffice("serviceCentre", organisation.serviceCentre(), personIds, problems);
        checkOffice("mayor", organisation.mayor(), personIds, problems);
        checkOffice("chiefExecutive", organisation.chiefExecutive(), personIds, problems);
        checkOffice("committeeSecretariat", organisation.committeeSecretariat(), personIds, problems);
        checkOffice("politicians", organisation.politicians(), personIds, problems);

        Set<String> unitCodes = new HashSet<>();
        for (Unit unit : organisation.units()) {
            String what = "unit '" + unit.code() + "'";
            if (unit.code() == null || !ID.matcher(unit.code()).matches()) {
                problems.add(what + ": code must be lower-case letters and digits only");
            } else if (!unitCodes.add(unit.code())) {
                problems.add(what + " is listed twice");
            }
            if (isBlank(unit.name())) {
                problems.add(what + ": name is required");
            }
            if (unit.email() == null || !EMAIL.matcher(unit.email()).matches()) {
                problems.add(what + ": a valid email is required");
            }
            checkMembers(what + " leaders", unit.leaders(), personIds, problems);
            for (Organisation.Contact contact : concat(unit.userCouncil(), unit.employeeContacts())) {
                if (isBlank(contact.name()) || contact.email() == null || !EMAIL.matcher(contact.email()).matches()) {
                    problems.add(what + ": each contact in userCouncil and employeeContacts needs a name and a valid email");
                }
            }
            checkMembers(what + " caseworkers", unit.caseworkers(), personIds, problems);
            checkIdpGroups(what + " idpGroups", unit.idpGroups(), problems);
            checkIdpGroups(what + " leaderIdpGroups", unit.leaderIdpGroups(), problems);
        }
        return problems;
    }

    private static void checkOffice(String field, Office office, Set<String> personIds, List<String> problems) {
        if (office == null) {
            problems.add("'" + field + "' is missing");
            return;
        }
        if (isBlank(office.name())) {
            problems.add("'" + field + "': name is required");
        }
        if (office.email() == null || !EMAIL.matcher(office.email()).matches()) {
            problems.add("'" + field + "': a valid email is required");
        }
        checkMembers("'" + field + "' members", office.members(), personIds, problems);
        checkIdpGroups("'" + field + "' idpGroups", office.idpGroups(), problems);
    }

    private static void checkIdpGroups(String what, List<String> idpGroups, List<String> problems) {
        if (idpGroups.stream().anyMatch(OrganisationFile::isBlank)) {
            problems.add(what + ": an identity provider's group or role cannot be empty");
        }
    }

    private static void checkMembers(String what, List<String> members, Set<String> personIds, List<String> problems) {
        for (String member : members) {
            if (!personIds.contains(member)) {
                problems.add(what + ": '" + member + "' is not among 'people'");
            }
        }
    }

    private static List<Organisation.Contact> concat(List<Organisation.Contact> a, List<Organisation.Contact> b) {
        List<Organisation.Contact> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
