package no.medvirk.duelist;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import no.medvirk.engine.ListensTo;
import no.medvirk.forms.CompletedForm;
import no.medvirk.forms.Fields;
import no.medvirk.message.Messages;
import no.medvirk.notification.Outbox;
import no.medvirk.organisation.Organisation;
import no.medvirk.organisation.OrganisationGroups;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task_InstructUnits, on complete (M11): the chief executive's instruction is recorded on each
 * message (the case page shows it), mailed to each unit (or the mayor's office) whose messages it
 * concerns, with their case numbers only, and shown on that unit's overdue task of the week.
 */
@Component("recordInstruction")
@ListensTo(forms = "instruct-units", event = "complete")
class RecordInstruction implements TaskListener {

    /** What the unit's mail shows: no submitter's name or words, only the case and its dates. */
    record Instruction(int week, String responsible, String instruction, List<DueListRows.Row> messages) {
    }

    private final DueLists dueLists;
    private final Messages messages;
    private final Organisation organisation;
    private final Outbox outbox;
    private final RuntimeService runtimeService;
    private final Clock clock;

    RecordInstruction(DueLists dueLists, Messages messages, Organisation organisation, Outbox outbox,
                      RuntimeService runtimeService, Clock clock) {
        this.dueLists = dueLists;
        this.messages = messages;
        this.organisation = organisation;
        this.outbox = outbox;
        this.runtimeService = runtimeService;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        InstructionForm form = new InstructionForm(CompletedForm.of(task).text(DueListVariables.INSTRUCTION));
        form.check();
        DueList list = dueLists.get(Fields.id(task.getVariable(DueListVariables.DUE_LIST_ID)));
        list.escalated().forEach(e -> messages.findById(e.getMessageId()).orElseThrow().instruct(form.instruction()));
        Map<String, List<DueListEntry>> byResponsible = list.escalated().stream()
                .collect(Collectors.groupingBy(DueListEntry::getResponsible, LinkedHashMap::new, Collectors.toList()));
        int week = new Week(list.getWeekStart(), clock.getZone()).number();
        byResponsible.forEach((responsible, entries) -> {
            Instruction instruction = new Instruction(week, DueListRows.responsibleName(responsible, organisation),
                    form.instruction(), DueListRows.of(entries, organisation, clock.getZone()));
            organisation.addressesOf(DueListEntry.MAYOR.equals(responsible) ? OrganisationGroups.MAYOR
                    : OrganisationGroups.unit(responsible))
                    .forEach(email -> outbox.send(email, "overdue-instruction", instruction));
            runtimeService.createExecutionQuery().processInstanceId(task.getProcessInstanceId())
                    .variableValueEquals(DueListVariables.RESPONSIBLE, responsible).list()
                    .forEach(e -> runtimeService.setVariableLocal(e.getId(), DueListVariables.CHIEF_INSTRUCTION,
                            form.instruction()));
        });
    }
}
