package no.medvirk.duelist;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import no.medvirk.engine.StepSetting;
import no.medvirk.engine.StepSettings;
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
 * them up by when: the day and time of the week the model says (Friday 15:00). A unit without leaders
 * gets it at its own address, and its caseworkers clear up; political messages are the mayor's office's.
 */
@Component("sendOverdueList")
@StepSetting(name = SendOverdueList.CLEAR_UP_DAY, label = "Ryddes innen (dag)", kind = StepSetting.Kind.WEEKDAY)
@StepSetting(name = SendOverdueList.CLEAR_UP_TIME, label = "Ryddes innen (klokkeslett)", kind = StepSetting.Kind.TIME)
class SendOverdueList implements JavaDelegate {

    static final String CLEAR_UP_DAY = "clearUpDay";
    static final String CLEAR_UP_TIME = "clearUpTime";

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
        Instant clearUpBy = week.at(StepSettings.weekday(execution, CLEAR_UP_DAY),
                StepSettings.time(execution, CLEAR_UP_TIME));
        List<DueListRows.Row> rows = DueListRows.of(list.countedFor(responsible), organisation, clock.getZone());
        OverdueList mail = new OverdueList(DueListRows.responsibleName(responsible, organisation), week.number(),
                Dates.dayAndTime(clearUpBy, clock.getZone()), rows, baseUrl);
        organisation.addressesOf(DueListEntry.MAYOR.equals(responsible) ? OrganisationGroups.MAYOR
                : OrganisationGroups.unitLeaders(responsible)).forEach(email -> outbox.send(email, "overdue-list", mail));

        execution.setVariableLocal(DueListVariables.CLEAR_UP_GROUP, clearUpGroup(responsible));
        execution.setVariableLocal(DueListVariables.CLEAR_UP_DUE, Date.from(clearUpBy));
    }

    private String clearUpGroup(String responsible) {
        if (DueListEntry.MAYOR.equals(responsible)) {
            return OrganisationGroups.MAYOR;
        }
        return organisation.leadingGroup(responsible);
    }
}
