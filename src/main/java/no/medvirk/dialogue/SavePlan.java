package no.medvirk.dialogue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import no.medvirk.forms.CompletedForm;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Task_PlanMeetings, on complete (D1, D2): the groups and meetings, checked and stored. */
@Component("savePlan")
class SavePlan implements TaskListener {

    private final DialoguePlans plans;
    private final DialoguePlanning planning;

    SavePlan(DialoguePlans plans, DialoguePlanning planning) {
        this.plans = plans;
        this.planning = planning;
    }

    @Override
    public void notify(DelegateTask task) {
        Map<String, Object> form = CompletedForm.values(task, "groups", "meetings");
        List<DialoguePlanning.GroupDraft> groups = FormJson.rows(form.get("groups")).stream()
                .map(g -> new DialoguePlanning.GroupDraft(FormJson.text(g.get("name")), FormJson.text(g.get("leader")),
                        FormJson.text(g.get("otherMembers")), FormJson.text(g.get("coordinator"))))
                .filter(g -> !allBlank(g.name(), g.leader(), g.otherMembers(), g.coordinator())).toList();
        List<DialoguePlanning.MeetingDraft> meetings = FormJson.rows(form.get("meetings")).stream()
                .map(m -> new DialoguePlanning.MeetingDraft(FormJson.text(m.get("unit")), FormJson.text(m.get("group")),
                        FormJson.text(m.get("date")), FormJson.text(m.get("startTime")),
                        FormJson.text(m.get("endTime")), FormJson.text(m.get("place")),
                        FormJson.text(m.get("themes"))))
                .filter(m -> !allBlank(m.unit(), m.group(), m.date(), m.place(), m.themes())).toList();
        try {
            planning.replace(plans.get((Long) task.getVariable(DialogueVariables.PLAN_ID)), groups, meetings);
        } catch (InvalidPlanException e) {
            throw Refusal.of(e);
        }
    }

    // An extra row Tasklist added and nobody filled in (the times have defaults) is not part of the plan.
    private static boolean allBlank(String... values) {
        return Arrays.stream(values).allMatch(Objects::isNull);
    }
}
