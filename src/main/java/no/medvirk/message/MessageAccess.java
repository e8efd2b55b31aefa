package no.medvirk.message;

import java.util.List;
import no.medvirk.organisation.OrganisationGroups;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** Who may read a message's record: the service centre and administrators all; others their units' own. */
final class MessageAccess {

    private MessageAccess() {
    }

    static boolean canRead(Authentication user, Message message) {
        List<String> groups = user.getGroupIds() == null ? List.of() : user.getGroupIds();
        if (groups.contains(Groups.CAMUNDA_ADMIN) || groups.contains(OrganisationGroups.SERVICE_CENTRE)) {
            return true;
        }
        if (message.getRoutedTo() == RoutedTo.MAYOR) {
            return groups.contains(OrganisationGroups.MAYOR);
        }
        return message.getUnitCode() != null && groups.contains(OrganisationGroups.unit(message.getUnitCode()));
    }

    static boolean canRegister(Authentication user) {
        List<String> groups = user.getGroupIds() == null ? List.of() : user.getGroupIds();
        return groups.contains(Groups.CAMUNDA_ADMIN) || groups.contains(OrganisationGroups.SERVICE_CENTRE);
    }
}
