package no.medvirk.organisation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException.Reference;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
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
            byte[] yaml = in.readAllBytes();
            refuseTheOldFormat(source, YAML.readTree(yaml));
            organisation = YAML.readValue(yaml, Organisation.class);
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

    /**
     * Before Medvirk 19 (issue 19) {@code politicians} was an office with members; it is now a list of
     * people with their body, beside {@code bodies} and {@code administration}. One line says what to
     * change, instead of the parser's complaint about a map where a list belongs.
     */
    private static void refuseTheOldFormat(String source, JsonNode file) {
        if (file != null && file.path("politicians").isObject()) {
            throw new InvalidOrganisationException(source, List.of(OLD_FORMAT));
        }
    }

    static final String OLD_FORMAT = "'politicians' is in the old format (an office with members): write it as a list "
            + "of people with the body each sits in, '- { person: per, body: tjenesteutvalget }', and add 'bodies' "
            + "(committee and council) and 'administration' (title, proposes, invited) - see docs/operations.md, "
            + "\"Your own organisation\"";

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
        checkDialogue(organisation, personIds, problems);

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

    /** D2, D7: the politicians, the bodies they sit in and the administration's part in the dialogue meetings. */
    private static void checkDialogue(Organisation organisation, Set<String> personIds, List<String> problems) {
        Set<String> bodyIds = new HashSet<>();
        Organisation.Bodies bodies = organisation.bodies();
        if (bodies == null) {
            problems.add("'bodies' is missing: name the committee and the council, "
                    + "'committee: { id: tjenesteutvalget, name: Tjenesteutvalget }'");
        } else {
            checkBody("committee", bodies.committee(), bodyIds, problems);
            checkBody("council", bodies.council(), bodyIds, problems);
        }
        Organisation.Administration administration = organisation.administration();
        if (administration == null) {
            problems.add("'administration' is missing: its title, what it proposes and whom it sends to dialogue meetings");
        } else {
            if (isBlank(administration.title()) || isBlank(administration.proposes())) {
                problems.add("'administration': title and proposes are required");
            }
            checkMembers("'administration' invited", administration.invited(), personIds, problems);
        }
        Set<String> politicians = new HashSet<>();
        for (Organisation.Politician politician : organisation.politicians()) {
            String what = "politician '" + politician.person() + "'";
            if (!personIds.contains(politician.person())) {
                problems.add(what + " is not among 'people'");
            } else if (!politicians.add(politician.person())) {
                problems.add(what + " is listed twice");
            }
            if (bodies != null && !bodyIds.contains(politician.body())) {
                problems.add(what + ": body must be one of " + bodyIds.stream().sorted().toList());
            }
        }
    }

    private static void checkBody(String field, Organisation.ElectedBody body, Set<String> bodyIds,
                                  List<String> problems) {
        if (body == null || body.id() == null || !ID.matcher(body.id()).matches() || isBlank(body.name())) {
            problems.add("'bodies' " + field + ": an id (lower-case letters and digits) and a name are required");
            return;
        }
        bodyIds.add(body.id());
        checkIdpGroups("'bodies' " + field + " idpGroups", body.idpGroups(), problems);
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
