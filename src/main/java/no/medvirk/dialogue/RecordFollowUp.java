package no.medvirk.dialogue;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import java.util.Map;
import no.medvirk.forms.CompletedForm;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task_FollowUpInput, on complete (D8): what is done or planned and its status; an input not
 * finished comes back to the unit at the new date, and shows as overdue after it.
 */
@Component("recordFollowUp")
class RecordFollowUp implements TaskListener {

    private final DialogueInputs inputs;
    private final Clock clock;

    RecordFollowUp(DialogueInputs inputs, Clock clock) {
        this.inputs = inputs;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        Map<String, Object> form = CompletedForm.values(task, "followUpText", "followUpStatus", "nextFollowUp");
        String what = FormJson.text(form.get("followUpText"));
        String statusName = FormJson.text(form.get("followUpStatus"));
        if (what == null || statusName == null) {
            throw Refusal.of("followUpText", "Skriv hva som er gjort eller planlagt, og velg status.");
        }
        FollowUpStatus status;
        try {
            status = FollowUpStatus.valueOf(statusName);
        } catch (IllegalArgumentException e) {
            throw Refusal.of("followUpStatus", "Velg planlagt, i gang, gjennomført eller ikke aktuelt.");
        }
        if (status == FollowUpStatus.OPEN) {
            throw Refusal.of("followUpStatus", "Velg planlagt, i gang, gjennomført eller ikke aktuelt.");
        }
        DialogueInput input = inputs.get((Long) task.getVariable(DialogueVariables.INPUT_ID));
        LocalDate next = null;
        boolean finished = status == FollowUpStatus.DONE || status == FollowUpStatus.NOT_RELEVANT;
        if (!finished) {
            String date = FormJson.text(form.get("nextFollowUp"));
            if (date == null) {
                throw Refusal.of("nextFollowUp", "Velg når oppfølgingen skal vurderes igjen.");
            }
            next = LocalDate.parse(date.substring(0, 10));
            if (!next.isAfter(LocalDate.now(clock))) {
                throw Refusal.of("nextFollowUp", "Den nye fristen må være fram i tid.");
            }
            task.getExecution().setVariableLocal(DialogueVariables.FOLLOW_UP_DUE,
                    Date.from(next.atTime(LocalTime.of(16, 0)).atZone(clock.getZone()).toInstant()));
        }
        input.followedUp(what, status, next, clock.instant());
        task.getExecution().setVariableLocal(DialogueVariables.FOLLOW_UP_FINISHED, finished);
    }
}
