package no.medvirk.dialogue;

import no.medvirk.engine.ListensTo;
import no.medvirk.forms.CompletedForm;
import no.medvirk.forms.Fields;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** The decision tasks, on complete (D7): how the body whose turn it is decided (the committee, then the council, named as the organisation file names them), mailed to the user councils of the meetings whose minutes it took. */
@Component("recordDecision")
@ListensTo(forms = "record-decision", event = "complete")
class RecordDecision implements TaskListener {

    private final DialoguePlans plans;
    private final BodyTreatments treatments;
    private final DialogueDisplay display;
    private final DialogueMeetings meetings;
    private final MeetingMail mail;

    RecordDecision(DialoguePlans plans, BodyTreatments treatments, DialogueDisplay display, DialogueMeetings meetings,
                   MeetingMail mail) {
        this.plans = plans;
        this.treatments = treatments;
        this.display = display;
        this.meetings = meetings;
        this.mail = mail;
    }

    @Override
    public void notify(DelegateTask task) {
        CompletedForm form = CompletedForm.of(task);
        DecisionForm decision = new DecisionForm(form.text("decisionDate"), form.yesNo("asProposedAnswer"),
                form.text("decisionText"));
        DialoguePlan plan = plans.get(Fields.id(task.getVariable(DialogueVariables.PLAN_ID)));
        Body body = treatments.nextToDecide(plan.getId());
        BodyTreatment treatment = treatments.save(decision.treatment(plan.getId(), body, display.bodyName(body, plan),
                plan.getProposedDecision()));
        meetings.withApprovedMinutes(plan.getId()).forEach(meeting -> mail.decision(meeting, treatment));
        if (body == Body.COUNCIL) {
            plan.decided();
        }
    }
}
