package no.medvirk.dialogue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Map;
import no.medvirk.forms.CompletedForm;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Task_RecordPlanApproval, on complete (D1): the committee approved the plan, or wants changes. */
@Component("recordPlanApproval")
class RecordPlanApproval implements TaskListener {

    private final DialoguePlans plans;
    private final DialogueMeetings meetings;

    RecordPlanApproval(DialoguePlans plans, DialogueMeetings meetings) {
        this.plans = plans;
        this.meetings = meetings;
    }

    @Override
    public void notify(DelegateTask task) {
        Map<String, Object> form = CompletedForm.values(task, "committeeMeetingDate", "planApprovedAnswer",
                "archiveCaseNumber", "planComment");
        String date = FormJson.text(form.get("committeeMeetingDate"));
        String answer = FormJson.text(form.get("planApprovedAnswer"));
        if (date == null || answer == null) {
            throw Refusal.of("committeeMeetingDate", "Skriv utvalgets møtedato og om planen ble vedtatt.");
        }
        boolean approved = Boolean.parseBoolean(answer);
        String comment = FormJson.text(form.get("planComment"));
        if (!approved && comment == null) {
            throw Refusal.of("planComment", "Skriv hva utvalget vil ha endret i planen.");
        }
        DialoguePlan plan = plans.get((Long) task.getVariable(DialogueVariables.PLAN_ID));
        plan.committeeTreated(LocalDate.parse(date.substring(0, 10)), approved,
                FormJson.text(form.get("archiveCaseNumber")), approved ? null : comment);
        task.getExecution().setVariable(DialogueVariables.PLAN_APPROVED, approved);
        if (approved) {
            task.getExecution().setVariable(DialogueVariables.MEETING_IDS, new ArrayList<>(
                    meetings.findByPlanIdOrderByMeetingDateAscStartTimeAscIdAsc(plan.getId()).stream()
                            .map(DialogueMeeting::getId).toList()));
        }
    }
}
