package no.medvirk.organisation;

import java.util.List;
import java.util.Optional;

/**
 * The municipality as Medvirk knows it: its people, the units they work in and the offices with a
 * role in the routines. Read from the YAML file that {@code medvirk.organisation} points to.
 *
 * @param demo whether this is a demo organisation; only a demo may carry passwords in the file
 */
public record Organisation(
        String name,
        boolean demo,
        List<Person> people,
        List<String> administrators,
        Office serviceCentre,
        Office mayor,
        Office chiefExecutive,
        Office committeeSecretariat,
        Office politicians,
        List<Unit> units) {

    public Organisation {
        people = listOrEmpty(people);
        administrators = listOrEmpty(administrators);
        units = listOrEmpty(units);
    }

    public Optional<Person> person(String id) {
        return people.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    public Optional<Unit> unit(String code) {
        return units.stream().filter(u -> u.code().equals(code)).findFirst();
    }

    /** The person's full name, or the id itself when the file no longer has them; null for null. */
    public String personName(String id) {
        return id == null ? null : person(id).map(Person::fullName).orElse(id);
    }

    /** The unit's name, or the code itself when the file no longer has it; null for null. */
    public String unitName(String code) {
        return code == null ? null : unit(code).map(Unit::name).orElse(code);
    }

    /**
     * Where a mail to a group's people goes: an office's address; a unit's leaders, or the unit's own
     * address when it has none; a unit's address. None for a group that is not the organisation's.
     */
    public List<String> addressesOf(String group) {
        Office office = switch (group) {
            case OrganisationGroups.SERVICE_CENTRE -> serviceCentre;
            case OrganisationGroups.MAYOR -> mayor;
            case OrganisationGroups.CHIEF_EXECUTIVE -> chiefExecutive;
            case OrganisationGroups.COMMITTEE_SECRETARIAT -> committeeSecretariat;
            case OrganisationGroups.POLITICIANS -> politicians;
            default -> null;
        };
        if (office != null) {
            return List.of(office.email());
        }
        for (Unit unit : units) {
            if (group.equals(OrganisationGroups.unitLeaders(unit.code()))) {
                List<String> leaders = unit.leaders().stream().flatMap(id -> person(id).stream())
                        .map(Person::email).toList();
                return leaders.isEmpty() ? List.of(unit.email()) : leaders;
            }
            if (group.equals(OrganisationGroups.unit(unit.code()))) {
                return List.of(unit.email());
            }
        }
        return List.of();
    }

    /**
     * A person who logs in to Medvirk; the id is the Camunda user id.
     *
     * @param login with single sign-on, the value of the token's login claim that is this person; none: the email
     */
    public record Person(String id, String firstName, String lastName, String email, String phone, String password,
                         String login) {

        public Person(String id, String firstName, String lastName, String email, String phone, String password) {
            this(id, firstName, lastName, email, phone, password, null);
        }

        public String fullName() {
            return firstName + " " + lastName;
        }

        /** What the identity provider's login claim says for this person. */
        public String loginName() {
            return login != null ? login : email;
        }
    }

    /**
     * An office with one role in the routines (service centre, mayor, ...), reached at one address.
     *
     * @param idpGroups with single sign-on, the identity provider's groups (or app roles) whose members are the
     *        office's; none: the {@code members} list
     */
    public record Office(String name, String email, List<String> members, List<String> idpGroups) {

        public Office {
            members = listOrEmpty(members);
            idpGroups = listOrEmpty(idpGroups);
        }

        public Office(String name, String email, List<String> members) {
            this(name, email, members, List.of());
        }
    }

    /**
     * A service unit (resultatenhet): its leaders are responsible for its messages, its caseworkers
     * handle them. Its user council and employees' contacts are invited to dialogue meetings, with the
     * information about the service sent ahead (D3).
     *
     * @param idpGroups with single sign-on, the identity provider's groups (or app roles) of the unit's people;
     *        none: the {@code leaders} and {@code caseworkers} lists
     * @param leaderIdpGroups likewise for its leaders, who are the unit's people too
     */
    public record Unit(String code, String name, String email, List<String> leaders, List<String> caseworkers,
                       List<Contact> userCouncil, List<Contact> employeeContacts, String serviceInfo,
                       List<String> idpGroups, List<String> leaderIdpGroups) {

        public Unit {
            leaders = listOrEmpty(leaders);
            caseworkers = listOrEmpty(caseworkers);
            userCouncil = listOrEmpty(userCouncil);
            employeeContacts = listOrEmpty(employeeContacts);
            idpGroups = listOrEmpty(idpGroups);
            leaderIdpGroups = listOrEmpty(leaderIdpGroups);
        }

        public Unit(String code, String name, String email, List<String> leaders, List<String> caseworkers) {
            this(code, name, email, leaders, caseworkers, List.of(), List.of(), null, List.of(), List.of());
        }
    }

    /** Someone outside Medvirk's users who is written to: a user council, an employees' representative. */
    public record Contact(String name, String email) {
    }

    // A list left out of the YAML file means "none".
    private static <T> List<T> listOrEmpty(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
