package no.medvirk.dialogue;

import java.util.List;
import no.medvirk.engine.ListensTo;
import no.medvirk.forms.Fields;
import no.medvirk.forms.FormDisplay;
import no.medvirk.forms.TaskDisplay;
import no.medvirk.forms.FormJson;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** Task_ConsiderRequest, when its form is read: the request, and the options for planning the meeting, as the form names them. */
@Component("showMeetingRequest")
@ListensTo(forms = "consider-meeting-request", event = "create")
class ShowMeetingRequest implements TaskDisplay {

    private final MeetingRequests requests;
    private final DialogueDisplay display;

    ShowMeetingRequest(MeetingRequests requests, DialogueDisplay display) {
        this.requests = requests;
        this.display = display;
    }

    @Override
    public void show(DelegateTask task, FormDisplay form) {
        MeetingRequest request = requests.get(Fields.id(task.getVariable(DialogueVariables.REQUEST_ID)));
        form
                .put("requestMarkdown", () -> Markdown.table(List.of("Hvem ber om møtet", "Tema", "Ønsket tidsrom",
                        "Tjenester"), List.of(List.of(request.getRequestedBy()
                        + (request.getRequesterKind() == null ? "" : " (" + MeetingRequestIntake.KINDS.get(
                                request.getRequesterKind()).toLowerCase(java.util.Locale.ROOT) + ")"),
                        request.getTopic(), request.getWishedPeriod(), String.join(", ",
                                request.getUnitCodes().stream().map(display::unit).toList())))))
                .put("personOptions", () -> FormJson.value(display.personOptions()))
                .put("politicianOptions", () -> FormJson.value(display.politicianOptions()))
                .put("unitOptions", () -> FormJson.value(display.unitOptions()));
    }
}
