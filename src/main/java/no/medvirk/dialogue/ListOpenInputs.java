package no.medvirk.dialogue;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import no.medvirk.engine.StepSetting;
import no.medvirk.engine.StepSettings;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_ListOpenInputs (D8): the inputs still open when the chief executive starts on the budget and
 * action plan (handlings- og økonomiplan), and when the outcome for each is due (the model's period).
 */
@Component("listOpenInputs")
@StepSetting(name = ListOpenInputs.DUE, label = "Frist for kommunedirektøren", kind = StepSetting.Kind.PERIOD)
class ListOpenInputs implements JavaDelegate {

    static final String DUE = "planInputsDue";

    private final DialogueInputs inputs;
    private final Clock clock;

    ListOpenInputs(DialogueInputs inputs, Clock clock) {
        this.inputs = inputs;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        LocalDate today = LocalDate.now(clock);
        // An ArrayList: the engine stores it as JSON and must make the same type again.
        List<Long> open = new ArrayList<>(inputs.findOpen().stream().map(DialogueInput::getId).toList());
        execution.setVariable(DialogueVariables.PLAN_YEAR, today.getYear());
        execution.setVariable(DialogueVariables.PLAN_INPUT_IDS, open);
        execution.setVariable(DialogueVariables.OPEN_INPUTS, !open.isEmpty());
        execution.setVariable(DialogueVariables.PLAN_INPUTS_DUE, Date.from(today.plus(StepSettings.period(execution, DUE))
                .atTime(LocalTime.of(16, 0)).atZone(clock.getZone()).toInstant()));
    }
}
