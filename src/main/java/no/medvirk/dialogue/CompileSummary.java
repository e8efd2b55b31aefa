package no.medvirk.dialogue;

import java.time.Clock;
import no.medvirk.forms.Fields;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_CompileSummary (D6): every meeting is held or cancelled; the summary report and the case
 * presentation are made from the minutes whenever they are downloaded (DialogueDocuments).
 */
@Component("compileSummary")
class CompileSummary implements JavaDelegate {

    private final DialoguePlans plans;
    private final Clock clock;

    CompileSummary(DialoguePlans plans, Clock clock) {
        this.plans = plans;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        plans.get(Fields.id(execution.getVariable(DialogueVariables.PLAN_ID))).meetingsDone(clock.instant());
    }
}
