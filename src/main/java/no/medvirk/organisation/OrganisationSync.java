package no.medvirk.organisation;

import static no.medvirk.organisation.OrganisationGroups.ADMINISTRATORS;
import static no.medvirk.organisation.OrganisationGroups.ALL_USERS;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import no.medvirk.engine.Grants;
import no.medvirk.organisation.Organisation.Office;
import no.medvirk.organisation.Organisation.Person;
import no.medvirk.organisation.Organisation.Unit;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.IdentityServiceImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes Camunda's users, groups, memberships and authorizations match the organisation file.
 * Runs at every start and is idempotent: what the file no longer holds is removed, what changed is
 * updated. Groups Medvirk owns carry the type {@value #GROUP_TYPE}; users it owns are members of
 * {@link OrganisationGroups#ALL_USERS}. Users and groups created by hand in Camunda Admin are left alone.
 */
class OrganisationSync {

    static final String GROUP_TYPE = "medvirk";
    private static final Logger log = LoggerFactory.getLogger(OrganisationSync.class);

    private final IdentityServiceImpl identityService;
    private final AuthorizationService authorizationService;
    private final OrphanedTasks orphanedTasks;

    OrganisationSync(IdentityService identityService, AuthorizationService authorizationService,
                     OrphanedTasks orphanedTasks) {
        // The implementation type lets demo users keep the password "demo" despite the password policy.
        this.identityService = (IdentityServiceImpl) identityService;
        this.authorizationService = authorizationService;
        this.orphanedTasks = orphanedTasks;
    }

    /**
     * @param adminPassword the administrators' password from the environment; null in a demo organisation
     * @param filterIds the shared Tasklist filters every user may read
     */
    void sync(Organisation organisation, String adminPassword, List<String> filterIds) {
        sync(organisation, adminPassword, filterIds, false);
    }

    /**
     * @param membershipsFromLogin with single sign-on: the members of a group mapped to the identity
     *        provider's groups are set at each login from the token (OrganisationLogins), not here
     */
    void sync(Organisation organisation, String adminPassword, List<String> filterIds, boolean membershipsFromLogin) {
        syncUsers(organisation, adminPassword);
        Map<String, GroupSpec> groups = groupsOf(organisation);
        syncGroups(groups);
        groups.forEach((id, spec) -> {
            if (!membershipsFromLogin || spec.idpGroups().isEmpty()) {
                syncMembers(id, spec);
            }
        });
        syncAuthorizations(organisation, filterIds);
        log.info("Organisation '{}' synced: {} users, {} groups", organisation.name(),
                organisation.people().size(), groups.size());
    }

    private void syncUsers(Organisation organisation, String adminPassword) {
        Set<String> wanted = new HashSet<>();
        for (Person person : organisation.people()) {
            wanted.add(person.id());
            User user = identityService.createUserQuery().userId(person.id()).singleResult();
            if (user == null) {
                user = identityService.newUser(person.id());
            }
            user.setFirstName(person.firstName());
            user.setLastName(person.lastName());
            user.setEmail(person.email());
            if (organisation.demo()) {
                user.setPassword(person.password());
                identityService.saveUser(user, true);
            } else {
                // The environment is the administrators' source of truth; it must pass the password policy.
                if (organisation.administrators().contains(person.id())) {
                    user.setPassword(adminPassword);
                }
                identityService.saveUser(user);
            }
        }
        for (User user : identityService.createUserQuery().memberOfGroup(ALL_USERS).list()) {
            if (!wanted.contains(user.getId())) {
                log.info("User {} is no longer in the organisation file: deleting", user.getId());
                orphanedTasks.handBack(user.getId());
                deleteAuthorizations(user.getId(), null);
                identityService.deleteUser(user.getId());
            }
        }
    }

    /** @param idpGroups the identity provider's groups whose members are this group's; empty: the file's members */
    record GroupSpec(String name, String type, Set<String> members, Set<String> idpGroups) {
    }

    /** The groups the organisation has, by id. */
    static Map<String, GroupSpec> groupsOf(Organisation organisation) {
        Map<String, GroupSpec> groups = new LinkedHashMap<>();
        groups.put(ADMINISTRATORS, new GroupSpec("Administratorer", Groups.GROUP_TYPE_SYSTEM,
                Set.copyOf(organisation.administrators()), Set.of()));
        groups.put(ALL_USERS, new GroupSpec("Alle brukere av Medvirk", GROUP_TYPE,
                organisation.people().stream().map(Person::id).collect(Collectors.toSet()), Set.of()));
        office(groups, OrganisationGroups.SERVICE_CENTRE, organisation.serviceCentre());
        office(groups, OrganisationGroups.MAYOR, organisation.mayor());
        office(groups, OrganisationGroups.CHIEF_EXECUTIVE, organisation.chiefExecutive());
        office(groups, OrganisationGroups.COMMITTEE_SECRETARIAT, organisation.committeeSecretariat());
        Set<String> politicianIdpGroups = new HashSet<>();
        if (organisation.bodies() != null) {
            for (Organisation.ElectedBody body : List.of(organisation.bodies().committee(), organisation.bodies().council())) {
                politicianIdpGroups.addAll(body.idpGroups());
            }
        }
        groups.put(OrganisationGroups.POLITICIANS, new GroupSpec("Politikere", GROUP_TYPE, organisation.politicians()
                .stream().map(Organisation.Politician::person).collect(Collectors.toSet()), politicianIdpGroups));
        for (Unit unit : organisation.units()) {
            Set<String> everyone = new HashSet<>(unit.leaders());
            everyone.addAll(unit.caseworkers());
            Set<String> everyoneInIdp = new HashSet<>(unit.idpGroups());
            everyoneInIdp.addAll(unit.leaderIdpGroups());
            groups.put(OrganisationGroups.unit(unit.code()), new GroupSpec(unit.name(), GROUP_TYPE, everyone,
                    everyoneInIdp));
            groups.put(OrganisationGroups.unitLeaders(unit.code()), new GroupSpec(unit.name() + " – ledere", GROUP_TYPE,
                    Set.copyOf(unit.leaders()), Set.copyOf(unit.leaderIdpGroups())));
        }
        return groups;
    }

    private static void office(Map<String, GroupSpec> groups, String id, Office office) {
        groups.put(id, new GroupSpec(office.name(), GROUP_TYPE, Set.copyOf(office.members()),
                Set.copyOf(office.idpGroups())));
    }

    private void syncGroups(Map<String, GroupSpec> wanted) {
        wanted.forEach((id, spec) -> {
            Group group = identityService.createGroupQuery().groupId(id).singleResult();
            if (group == null) {
                group = identityService.newGroup(id);
            } else if (spec.name().equals(group.getName()) && spec.type().equals(group.getType())) {
                return;
            }
            group.setName(spec.name());
            group.setType(spec.type());
            identityService.saveGroup(group);
        });
        for (Group group : identityService.createGroupQuery().groupType(GROUP_TYPE).list()) {
            if (!wanted.containsKey(group.getId())) {
                log.info("Group {} is no longer in the organisation file: deleting", group.getId());
                orphanedTasks.warnAbout(group.getId(), wanted.keySet());
                deleteAuthorizations(null, group.getId());
                identityService.deleteGroup(group.getId());
            }
        }
    }

    private void syncMembers(String groupId, GroupSpec spec) {
        Set<String> current = identityService.createUserQuery().memberOfGroup(groupId).list().stream()
                .map(User::getId).collect(Collectors.toSet());
        for (String member : spec.members()) {
            if (!current.contains(member)) {
                identityService.createMembership(member, groupId);
            }
        }
        for (String member : current) {
            if (!spec.members().contains(member)) {
                identityService.deleteMembership(member, groupId);
            }
        }
    }

    private void syncAuthorizations(Organisation organisation, List<String> filterIds) {
        for (Resource resource : Resources.values()) {
            grant(ADMINISTRATORS, resource, Authorization.ANY, Permissions.ALL);
        }
        grant(ALL_USERS, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
        // Tasklist shows the diagram of a task's process and the names of assignees and candidate groups.
        grant(ALL_USERS, Resources.PROCESS_DEFINITION, Authorization.ANY, Permissions.READ);
        // The routing table says which subject areas a message may have.
        grant(ALL_USERS, Resources.DECISION_DEFINITION, Authorization.ANY, Permissions.READ);
        grant(ALL_USERS, Resources.PROCESS_INSTANCE, Authorization.ANY, Permissions.CREATE);
        grant(ALL_USERS, Resources.USER, Authorization.ANY, Permissions.READ);
        grant(ALL_USERS, Resources.GROUP, Authorization.ANY, Permissions.READ);
        for (String filterId : filterIds) {
            grant(ALL_USERS, Resources.FILTER, filterId, Permissions.READ);
        }
    }

    private void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
        Grants.grant(authorizationService, groupId, resource, resourceId, permissions);
    }

    private void deleteAuthorizations(String userId, String groupId) {
        var query = authorizationService.createAuthorizationQuery();
        (userId != null ? query.userIdIn(userId) : query.groupIdIn(groupId)).list()
                .forEach(a -> authorizationService.deleteAuthorization(a.getId()));
    }
}
