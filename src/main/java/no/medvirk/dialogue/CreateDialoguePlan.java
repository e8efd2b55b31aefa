package no.medvirk.dialogue;

import java.time.Clock;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_CreatePlan (D1): the year's plan, one per year, owned by the secretary who started it. */
@Component("createDialoguePlan")
class CreateDialoguePlan implements JavaDelegate {

    private final DialoguePlans plans;
    private final Clock clock;

    CreateDialoguePlan(DialoguePlans plans, Clock clock) {
        this.plans = plans;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String committee = FormJson.text(execution.getVariable("committee"));
        Object yearValue = execution.getVariable("year");
        if (committee == null || yearValue == null) {
            throw Refusal.of("year", "Skriv utvalget og året.");
        }
        // The form's number field gives a number; a REST client may send anything.
        if (!(yearValue instanceof Number number) || number.doubleValue() != number.intValue()) {
            throw Refusal.of("year", "Skriv året som et helt tall, for eksempel 2027.");
        }
        int year = number.intValue();
        if (plans.findByYear(year).isPresent()) {
            throw Refusal.of("year", "Det finnes allerede en plan for dialogmøtene " + year + ".");
        }
        String caseworker = (String) execution.getVariable(DialogueVariables.INITIATOR);
        DialoguePlan plan = plans.save(new DialoguePlan(year, committee, caseworker == null ? "ukjent" : caseworker,
                clock.instant()));
        execution.removeVariables(List.of("committee", "year"));
        execution.setVariable(DialogueVariables.PLAN_ID, plan.getId());
        execution.setProcessBusinessKey("Dialogmøter " + year);
    }
}
