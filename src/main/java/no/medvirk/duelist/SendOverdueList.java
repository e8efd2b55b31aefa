package no.medvirk.duelist;

import java.time.Clock;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import no.medvirk.forms.Fields;
import no.medvirk.notification.Outbox;
import no.medvirk.organisation.Organisation;
import no.medvirk.organisation.OrganisationGroups;
import no.medvirk.time.Dates;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Task_SendOverdueList (M10): one unit's overdue messages by e-mail to its leaders, and who clears
 * them up by when (Friday 15:00 of the week). A unit without leaders gets it at its own address,
 * and its caseworkers clear up; political messages are the mayor's office's.
 */
@Component("sendOverdueList")
class SendOverdueList implements JavaDelegate {

    record OverdueList(String responsible, int week, String clearUpBy, List<DueListRows.Row> rows, String baseUrl) {
    }

    private final DueLists dueLists;
    private final Organisation organisation;
    private final Outbox outbox;
    private final Clock clock;
    private final String baseUrl;

    SendOverdueList(DueLists dueLists, Organisation organisation, Outbox outbox, Clock clock,
                    @Value("${medvirk.base-url}") String baseUrl) {
        this.dueLists = dueLists;
        this.organisation = organisation;
        this.outbox = outbox;
        this.clock = clock;
        this.baseUrl = baseUrl;
    }

    @Override
    public void execute(DelegateExecution execution) {
        DueList list = dueLists.get(Fields.id(execution.getVariable(DueListVariables.DUE_LIST_ID)));
        String responsible = (String) execution.getVariable(DueListVariables.RESPONSIBLE);
        Week week = new Week(list.getWeekStart(), clock.getZone());
        List<DueListRows.Row> rows = DueListRows.of(list.countedFor(responsible), organisation, clock.getZone());
        OverdueList mail = new OverdueList(DueListRows.responsibleName(responsible, organisation), week.number(),
                Dates.dayAndTime(week.clearUpDeadline(), clock.getZone()), rows, baseUrl);
        recipients(responsible).forEach(email -> outbox.send(email, "overdue-list", mail));

        execution.setVariableLocal(DueListVariables.CLEAR_UP_GROUP, clearUpGroup(responsible));
        execution.setVariableLocal(DueListVariables.CLEAR_UP_DUE, Date.from(week.clearUpDeadline()));
    }

    private List<String> recipients(String responsible) {
        if (DueListEntry.MAYOR.equals(responsible)) {
            return List.of(organisation.mayor().email());
        }
        Organisation.Unit unit = organisation.unit(responsible).orElseThrow();
        List<String> leaders = unit.leaders().stream().map(organisation::person)
                .flatMap(Optional::stream).map(Organisation.Person::email).toList();
        return leaders.isEmpty() ? List.of(unit.email()) : leaders;
    }

    private String clearUpGroup(String responsible) {
        if (DueListEntry.MAYOR.equals(responsible)) {
            return OrganisationGroups.MAYOR;
        }
        return organisation.unit(responsible).orElseThrow().leaders().isEmpty()
                ? OrganisationGroups.unit(responsible) : OrganisationGroups.unitLeaders(responsible);
    }
}
