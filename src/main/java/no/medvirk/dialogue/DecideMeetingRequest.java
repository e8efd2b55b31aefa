package no.medvirk.dialogue;

import no.medvirk.engine.ListensTo;
import no.medvirk.forms.CompletedForm;
import no.medvirk.forms.Fields;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task_ConsiderRequest, on complete (D10): declined with a reason, or planned as a meeting of its own with the
 * unit chosen, the units the request concerns and the requester.
 */
@Component("decideMeetingRequest")
@ListensTo(forms = "consider-meeting-request", event = "complete")
class DecideMeetingRequest implements TaskListener {

    private final MeetingRequests requests;
    private final DialoguePlanning planning;

    DecideMeetingRequest(MeetingRequests requests, DialoguePlanning planning) {
        this.requests = requests;
        this.planning = planning;
    }

    @Override
    public void notify(DelegateTask task) {
        CompletedForm form = CompletedForm.of(task);
        MeetingRequest request = requests.get(Fields.id(task.getVariable(DialogueVariables.REQUEST_ID)));
        // The requester is whom the meeting is with, so the invitation, agenda, minutes and results reach
        // its contact address by the meeting's one recipient list; without an address it is the units alone.
        String counterpart = request.getContactEmail() == null ? null : request.getRequestedBy();
        RequestDecisionForm decision = new RequestDecisionForm(form.yesNo("requestAcceptedAnswer"),
                form.text("declineReason"), new DialoguePlanning.GroupDraft(request.groupName(), form.text("leader"),
                form.texts("members"), form.text("coordinator")), new DialoguePlanning.MeetingDraft(
                form.text("unit"), request.getUnitCodes(), counterpart, request.getContactEmail(), null,
                form.text("date"), form.text("startTime"), form.text("endTime"), form.text("place"),
                form.text("themes")));
        decision.check();
        if (decision.accepted()) {
            DialogueMeeting meeting = planning.single(request.getId(), decision.group(), decision.meeting());
            request.accepted();
            task.getExecution().setVariable(DialogueVariables.MEETING_ID, meeting.getId());
        } else {
            request.declined(decision.declineReason());
        }
        task.getExecution().setVariable(DialogueVariables.REQUEST_ACCEPTED, decision.accepted());
    }
}
