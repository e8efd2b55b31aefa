package no.medvirk.duelist;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import no.medvirk.forms.Fields;
import no.medvirk.message.Messages;
import no.medvirk.notification.Outbox;
import no.medvirk.organisation.Organisation;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * Task_EscalateToChiefExecutive (M11): messages on an overdue list again are reported in one e-mail a
 * week per recipient, with their unit, caseworker and the weeks they were overdue. Who gets which is
 * the process owners' table overdue-escalation.dmn: political messages stay in the mayor's office,
 * the others go to the chief executive.
 */
@Component("escalateOverdue")
class EscalateOverdue implements JavaDelegate {

    static final String DECISION = "overdue-escalation";

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
        Map<String, List<Escalated>> byRecipient = new LinkedHashMap<>();
        DecisionService decisions = execution.getProcessEngineServices().getDecisionService();
        for (int i = 0; i < escalated.size(); i++) {
            boolean political = messages.findById(escalated.get(i).getMessageId()).orElseThrow().isPolitical();
            String recipient = decisions.evaluateDecisionTableByKey(DECISION)
                    .variables(Variables.createVariables().putValue("political", political)).evaluate()
                    .getSingleResult().getEntry("recipient");
            byRecipient.computeIfAbsent(recipient, r -> new ArrayList<>())
                    .add(new Escalated(rows.get(i), weeks(escalated.get(i).getMessageId())));
        }
        int week = new Week(list.getWeekStart(), clock.getZone()).number();
        byRecipient.forEach((recipient, report) -> organisation.addressesOf(recipient)
                .forEach(email -> outbox.send(email, "overdue-escalation", new Escalation(week, report))));
    }

    /** "uke 47, 48": the weeks a message was on an overdue list. */
    private String weeks(Long messageId) {
        return "uke " + overdueWeeks.findByKeyMessageIdOrderByKeyWeekStart(messageId).stream()
                .map(w -> String.valueOf(new Week(w.weekStart(), clock.getZone()).number()))
                .collect(Collectors.joining(", "));
    }
}
