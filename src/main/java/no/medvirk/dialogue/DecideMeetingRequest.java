package no.medvirk.dialogue;

import java.util.Map;
import no.medvirk.forms.CompletedForm;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Task_ConsiderRequest, on complete (D10): declined with a reason, or planned as a meeting of its own. */
@Component("decideMeetingRequest")
class DecideMeetingRequest implements TaskListener {

    private final MeetingRequests requests;
    private final DialoguePlanning planning;

    DecideMeetingRequest(MeetingRequests requests, DialoguePlanning planning) {
        this.requests = requests;
        this.planning = planning;
    }

    @Override
    public void notify(DelegateTask task) {
        Map<String, Object> form = CompletedForm.values(task, "requestAcceptedAnswer", "declineReason", "unit", "leader",
                "otherMembers", "coordinator", "date", "startTime", "endTime", "place", "themes");
        String answer = FormJson.text(form.get("requestAcceptedAnswer"));
        if (answer == null) {
            throw Refusal.of("requestAcceptedAnswer", "Velg om møtet skal holdes.");
        }
        MeetingRequest request = requests.get((Long) task.getVariable(DialogueVariables.REQUEST_ID));
        boolean accepted = Boolean.parseBoolean(answer);
        if (accepted) {
            DialogueMeeting meeting;
            try {
                meeting = planning.single(request.getId(),
                        new DialoguePlanning.GroupDraft("Etter forespørsel fra " + request.getRequestedBy(),
                                FormJson.text(form.get("leader")), FormJson.text(form.get("otherMembers")),
                                FormJson.text(form.get("coordinator"))),
                        new DialoguePlanning.MeetingDraft(FormJson.text(form.get("unit")), null,
                                FormJson.text(form.get("date")), FormJson.text(form.get("startTime")),
                                FormJson.text(form.get("endTime")), FormJson.text(form.get("place")),
                                FormJson.text(form.get("themes"))));
            } catch (InvalidPlanException e) {
                throw Refusal.of(e);
            }
            request.accepted();
            task.getExecution().setVariable(DialogueVariables.MEETING_ID, meeting.getId());
        } else {
            String reason = FormJson.text(form.get("declineReason"));
            if (reason == null) {
                throw Refusal.of("declineReason", "Skriv hvorfor forespørselen avslås.");
            }
            request.declined(reason);
        }
        task.getExecution().setVariable(DialogueVariables.REQUEST_ACCEPTED, accepted);
    }
}
