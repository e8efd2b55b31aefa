package no.medvirk.duelist;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import no.medvirk.engine.StepSetting;
import no.medvirk.engine.StepSettings;
import no.medvirk.forms.Fields;
import no.medvirk.message.Messages;
import no.medvirk.notification.Outbox;
import no.medvirk.organisation.Organisation;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_EscalateToChiefExecutive (M11): messages on an overdue list again are reported in one e-mail a
 * week, with their unit, caseworker and the weeks they were overdue, to the group the model names
 * (the chief executive).
 */
@Component("escalateOverdue")
@StepSetting(name = EscalateOverdue.RECIPIENT, label = "Mottaker (gruppe)", kind = StepSetting.Kind.GROUP)
class EscalateOverdue implements JavaDelegate {

    static final String RECIPIENT = "recipient";

    record Escalation(int week, List<Escalated> messages) {
    }

    record Escalated(DueListRows.Row row, String weeksOverdue) {
    }

    private final DueLists dueLists;
    private final OverdueWeeks overdueWeeks;
    private final Messages messages;
    private final Organisation organisation;
    private final Outbox outbox;
    private final Clock clock;

    EscalateOverdue(DueLists dueLists, OverdueWeeks overdueWeeks, Messages messages, Organisation organisation,
                    Outbox outbox, Clock clock) {
        this.dueLists = dueLists;
        this.overdueWeeks = overdueWeeks;
        this.messages = messages;
        this.organisation = organisation;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        DueList list = dueLists.get(Fields.id(execution.getVariable(DueListVariables.DUE_LIST_ID)));
        List<DueListEntry> escalated = list.escalated();
        escalated.forEach(e -> messages.findById(e.getMessageId()).orElseThrow().escalate(clock.instant()));
        List<DueListRows.Row> rows = DueListRows.of(escalated, organisation, clock.getZone());
        List<Escalated> report = new ArrayList<>();
        for (int i = 0; i < escalated.size(); i++) {
            report.add(new Escalated(rows.get(i), weeks(escalated.get(i).getMessageId())));
        }
        Escalation escalation = new Escalation(new Week(list.getWeekStart(), clock.getZone()).number(), report);
        organisation.addressesOf(StepSettings.group(execution, RECIPIENT))
                .forEach(email -> outbox.send(email, "overdue-escalation", escalation));
    }

    /** "uke 47, 48": the weeks a message was on an overdue list. */
    private String weeks(Long messageId) {
        return "uke " + overdueWeeks.findByKeyMessageIdOrderByKeyWeekStart(messageId).stream()
                .map(w -> String.valueOf(new Week(w.weekStart(), clock.getZone()).number()))
                .collect(Collectors.joining(", "));
    }
}
