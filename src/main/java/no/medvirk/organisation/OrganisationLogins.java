package no.medvirk.organisation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import no.medvirk.organisation.Organisation.Person;
import no.medvirk.organisation.OrganisationSync.GroupSpec;
import no.medvirk.web.SsoEnabled;
import no.medvirk.web.SsoSettings;
import no.medvirk.web.SsoUsers;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Who a token of the identity provider is: a person of the organisation file, found by the token's
 * login claim ({@code medvirk.sso.login-claim}: the person's {@code login}, else their email), with the
 * Medvirk groups of the provider's groups and app roles the token lists, as the file maps them; a group
 * the file maps to none keeps the file's members. At each login the person's memberships follow the
 * token, so someone removed from a group at the provider loses its tasks at their next login. A token
 * that is no person of the file (a machine client's, by client credentials) gets the groups its roles
 * map to, and is refused when they map to none.
 */
@Component
@Conditional(SsoEnabled.class)
class OrganisationLogins implements SsoUsers {

    /** Who a client-credentials token is, in the claims Entra ID and Keycloak use, the subject last. */
    private static final List<String> CLIENT_CLAIMS = List.of("azp", "client_id", "appid", "sub");
    private static final Logger log = LoggerFactory.getLogger(OrganisationLogins.class);

    private final Organisation organisation;
    private final SsoSettings settings;
    private final IdentityService identityService;
    private final OrphanedTasks orphanedTasks;
    private final TransactionTemplate transaction;
    private final Map<String, GroupSpec> groups;

    OrganisationLogins(Organisation organisation, SsoSettings settings, IdentityService identityService,
                       OrphanedTasks orphanedTasks, TransactionTemplate transaction) {
        this.organisation = organisation;
        this.settings = settings;
        this.identityService = identityService;
        this.orphanedTasks = orphanedTasks;
        this.transaction = transaction;
        this.groups = OrganisationSync.groupsOf(organisation);
    }

    @Override
    public SsoUser login(Map<String, Object> claims) {
        Optional<Person> person = person(claims);
        if (person.isEmpty()) {
            return null;
        }
        String userId = person.get().id();
        Set<String> providerGroups = providerGroups(claims);
        List<String> mine = groupsOf(userId, providerGroups);
        transaction.executeWithoutResult(status -> follow(userId, Set.copyOf(mine)));
        log.info("{} logged in through single sign-on, in {}", userId, mine);
        return new SsoUser(userId, mine);
    }

    @Override
    public SsoUser bearer(Map<String, Object> claims) {
        Set<String> providerGroups = providerGroups(claims);
        Optional<Person> person = person(claims);
        if (person.isPresent()) {
            return new SsoUser(person.get().id(), groupsOf(person.get().id(), providerGroups));
        }
        List<String> mapped = groups.entrySet().stream()
                .filter(g -> g.getValue().idpGroups().stream().anyMatch(providerGroups::contains))
                .map(Map.Entry::getKey).collect(Collectors.toCollection(ArrayList::new));
        String client = CLIENT_CLAIMS.stream().map(claims::get).filter(id -> id instanceof String s && !s.isBlank())
                .map(String::valueOf).findFirst().orElse(null);
        if (mapped.isEmpty() || client == null) {
            return null;
        }
        // What every user of Medvirk may (start a case, read the models), for the groups it acts for.
        mapped.add(0, OrganisationGroups.ALL_USERS);
        return new SsoUser(client, mapped);
    }

    private Optional<Person> person(Map<String, Object> claims) {
        Object login = claims.get(settings.loginClaim());
        if (!(login instanceof String name) || name.isBlank()) {
            return Optional.empty();
        }
        List<Person> matching = organisation.people().stream()
                .filter(p -> p.loginName() != null && p.loginName().equalsIgnoreCase(name)).toList();
        if (matching.size() > 1) {
            log.warn("People {} of the organisation file have the same login or email: none of them can log in "
                    + "through single sign-on until the file tells them apart (login)", matching.stream().map(Person::id).toList());
            return Optional.empty();
        }
        return matching.stream().findFirst();
    }

    /** The values of the token's group and role claims: a list, or one value. */
    private Set<String> providerGroups(Map<String, Object> claims) {
        Set<String> values = new HashSet<>();
        for (String claim : settings.groupClaims()) {
            Object value = claims.get(claim);
            if (value instanceof Collection<?> many) {
                many.forEach(v -> values.add(String.valueOf(v)));
            } else if (value instanceof String one) {
                values.add(one);
            }
        }
        return values;
    }

    /** The person's Medvirk groups: by the token where the file maps a group, else by the file. */
    private List<String> groupsOf(String userId, Set<String> providerGroups) {
        return groups.entrySet().stream().filter(g -> g.getValue().idpGroups().isEmpty()
                        ? g.getValue().members().contains(userId)
                        : g.getValue().idpGroups().stream().anyMatch(providerGroups::contains))
                .map(Map.Entry::getKey).toList();
    }

    /** The memberships of the mapped groups made to match; tasks of groups left go back to the groups. */
    private void follow(String userId, Set<String> mine) {
        Set<String> current = identityService.createGroupQuery().groupMember(userId).list().stream().map(Group::getId)
                .collect(Collectors.toSet());
        Set<String> left = new LinkedHashSet<>();
        groups.forEach((groupId, spec) -> {
            if (spec.idpGroups().isEmpty()) {
                return;
            }
            if (mine.contains(groupId) && !current.contains(groupId)) {
                identityService.createMembership(userId, groupId);
            } else if (!mine.contains(groupId) && current.contains(groupId)) {
                identityService.deleteMembership(userId, groupId);
                left.add(groupId);
            }
        });
        if (!left.isEmpty()) {
            orphanedTasks.handBack(userId, left, mine);
        }
    }
}
