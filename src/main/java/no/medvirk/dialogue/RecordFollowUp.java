package no.medvirk.dialogue;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import no.medvirk.engine.ListensTo;
import no.medvirk.forms.CompletedForm;
import no.medvirk.forms.Fields;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task_FollowUpInput, on complete (D8): what is done or planned and its status, mailed to whoever
 * gave the input; an input not
 * finished comes back to the unit at the new date, and shows as overdue after it.
 */
@Component("recordFollowUp")
@ListensTo(forms = "follow-up-input", event = "complete")
class RecordFollowUp implements TaskListener {

    private final DialogueInputs inputs;
    private final MeetingMail mail;
    private final Clock clock;

    RecordFollowUp(DialogueInputs inputs, MeetingMail mail, Clock clock) {
        this.inputs = inputs;
        this.mail = mail;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        CompletedForm form = CompletedForm.of(task);
        FollowUpForm.Checked followUp = new FollowUpForm(form.text("followUpText"), form.text("followUpStatus"),
                form.text("nextFollowUp")).check(LocalDate.now(clock));
        DialogueInput input = inputs.get(Fields.id(task.getVariable(DialogueVariables.INPUT_ID)));
        input.followedUp(followUp.what(), followUp.status(), followUp.next(), clock.instant());
        mail.followUp(input);
        if (!followUp.finished()) {
            task.getExecution().setVariableLocal(DialogueVariables.FOLLOW_UP_DUE,
                    Date.from(followUp.next().atTime(LocalTime.of(16, 0)).atZone(clock.getZone()).toInstant()));
        }
        task.getExecution().setVariableLocal(DialogueVariables.FOLLOW_UP_FINISHED, followUp.finished());
    }
}
