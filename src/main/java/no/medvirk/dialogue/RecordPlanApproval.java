package no.medvirk.dialogue;

import java.time.LocalDate;
import java.util.ArrayList;
import no.medvirk.engine.ListensTo;
import no.medvirk.forms.CompletedForm;
import no.medvirk.forms.Fields;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Task_RecordPlanApproval, on complete (D1): the committee approved the plan, or wants changes. */
@Component("recordPlanApproval")
@ListensTo(forms = "approve-dialogue-plan", event = "complete")
class RecordPlanApproval implements TaskListener {

    private final DialoguePlans plans;
    private final DialogueMeetings meetings;

    RecordPlanApproval(DialoguePlans plans, DialogueMeetings meetings) {
        this.plans = plans;
        this.meetings = meetings;
    }

    @Override
    public void notify(DelegateTask task) {
        CompletedForm form = CompletedForm.of(task);
        PlanApprovalForm approval = new PlanApprovalForm(form.text("committeeMeetingDate"),
                form.yesNo("planApprovedAnswer"), form.text("archiveCaseNumber"), form.text("planComment"));
        LocalDate meetingDate = approval.check();
        boolean approved = approval.approved();
        DialoguePlan plan = plans.get(Fields.id(task.getVariable(DialogueVariables.PLAN_ID)));
        plan.committeeTreated(meetingDate, approved, approval.archiveCaseNumber(), approved ? null : approval.comment());
        task.getExecution().setVariable(DialogueVariables.PLAN_APPROVED, approved);
        if (approved) {
            task.getExecution().setVariable(DialogueVariables.MEETING_IDS, new ArrayList<>(
                    meetings.findByPlanIdOrderByMeetingDateAscStartTimeAscIdAsc(plan.getId()).stream()
                            .map(DialogueMeeting::getId).toList()));
        }
    }
}
