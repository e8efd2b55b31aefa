package no.medvirk.dialogue;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import no.medvirk.engine.ListensTo;
import no.medvirk.forms.CompletedForm;
import no.medvirk.forms.Fields;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Task_PlanMeetings, on complete (D1, D2): the groups and meetings, checked and stored. */
@Component("savePlan")
@ListensTo(forms = "plan-dialogue-meetings", event = "complete")
class SavePlan implements TaskListener {

    private final DialoguePlans plans;
    private final DialoguePlanning planning;

    SavePlan(DialoguePlans plans, DialoguePlanning planning) {
        this.plans = plans;
        this.planning = planning;
    }

    @Override
    public void notify(DelegateTask task) {
        CompletedForm form = CompletedForm.of(task);
        List<DialoguePlanning.GroupDraft> groups = form.rows(DialoguePlanning.GROUPS).stream()
                .map(g -> new DialoguePlanning.GroupDraft(g.text("name"), g.text("leader"), g.texts("members"),
                        g.text("coordinator")))
                .filter(g -> !allBlank(g.name(), g.leader(), g.coordinator()) || !g.members().isEmpty()).toList();
        List<DialoguePlanning.MeetingDraft> meetings = form.rows(DialoguePlanning.MEETINGS).stream()
                .map(m -> new DialoguePlanning.MeetingDraft(m.text("unit"), m.texts("otherUnits"), m.text("counterpart"),
                        m.text("contacts"), m.text("group"), m.text("date"), m.text("startTime"), m.text("endTime"),
                        m.text("place"), m.text("themes")))
                .filter(m -> !allBlank(m.unit(), m.counterpart(), m.group(), m.date(), m.place(), m.themes())).toList();
        DialoguePlan plan = plans.get(Fields.id(task.getVariable(DialogueVariables.PLAN_ID)));
        planning.replace(plan, groups, meetings);
        plan.plannedBy(task.getAssignee());
    }

    // An extra row Tasklist added and nobody filled in (the times have defaults) is not part of the plan.
    private static boolean allBlank(String... values) {
        return Arrays.stream(values).allMatch(Objects::isNull);
    }
}
