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
        List<Politician> politicians,
        List<Unit> units,
        Bodies bodies,
        Administration administration) {

    public Organisation {
        people = listOrEmpty(people);
        administrators = listOrEmpty(administrators);
        politicians = listOrEmpty(politicians);
        units = listOrEmpty(units);
    }

    /** Whether the person is one of the politicians (D2: a dialogue group is made of them). */
    public boolean isPolitician(String personId) {
        return politicians.stream().anyMatch(p -> p.person().equals(personId));
    }

    /** The politician's body's name, or null for someone who is not a politician. */
    public String bodyOf(String personId) {
        return politicians.stream().filter(p -> p.person().equals(personId)).findFirst()
                .map(p -> bodies == null ? p.body() : bodies.name(p.body())).orElse(null);
    }

    public Optional<Person> person(String id) {
        return people.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    public Optional<Unit> unit(String code) {
        return units.stream().filter(u -> u.code().equals(code)).findFirst();
    }

    /**
     * The group that leads a unit's work in Tasklist (hands out its messages, clears up its overdue list,
     * considers a follow-up): its leaders, or the unit's own group when it has none (or is no longer in the file).
     */
    public String leadingGroup(String unitCode) {
        boolean hasLeaders = unit(unitCode).map(u -> !u.leaders().isEmpty()).orElse(false);
        return hasLeaders ? OrganisationGroups.unitLeaders(unitCode) : OrganisationGroups.unit(unitCode);
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
            default -> null;
        };
        if (office != null) {
            return List.of(office.email());
        }
        if (group.equals(OrganisationGroups.POLITICIANS)) {
            return politicians.stream().flatMap(p -> person(p.person()).stream()).map(Person::email).toList();
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

    /**
     * D2: a politician, one of the people, and the elected body they sit in (an id of {@link Bodies}).
     * Dialogue groups are made of politicians; they are the Camunda group {@code politicians}.
     */
    public record Politician(String person, String body) {
    }

    /**
     * D7: the route a dialogue year's summary takes through the elected bodies: the committee that
     * plans the year and treats the summary first (utvalget, arbeidsutvalget), then the council that
     * decides (kommunestyret, bydelsutvalget).
     */
    public record Bodies(ElectedBody committee, ElectedBody council) {

        /** The body's name for its id; the id itself when the file has no such body. */
        public String name(String id) {
            for (ElectedBody body : new ElectedBody[] {committee, council}) {
                if (body != null && body.id().equals(id)) {
                    return body.name();
                }
            }
            return id;
        }
    }

    /**
     * An elected body.
     *
     * @param idpGroups with single sign-on, the identity provider's groups of its politicians (group {@code politicians})
     */
    public record ElectedBody(String id, String name, List<String> idpGroups) {

        public ElectedBody {
            idpGroups = listOrEmpty(idpGroups);
        }
    }

    /**
     * D4, D7: how the administration appears before the bodies and at the dialogue meetings.
     *
     * @param title who the administration is in the case presentation: Kommunedirektøren, Bydelsdirektøren
     * @param proposes the line above the proposed decision: "Kommunedirektøren foreslår at det gjøres følgende"
     * @param invited the people besides the unit's leaders whom every dialogue meeting invites for the
     *        administration (the chief executive or whom they send)
     */
    public record Administration(String title, String proposes, List<String> invited) {

        public Administration {
            invited = listOrEmpty(invited);
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
