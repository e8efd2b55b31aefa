package no.medvirk.dialogue;

import java.util.List;
import no.medvirk.forms.Checks;
import no.medvirk.forms.Fields;
import no.medvirk.forms.InvalidInputException;
import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * The chief executive's form (plan-inputs), "Innspill til handlings- og økonomiplanen": one outcome
 * per open input the process listed, in the rows of its list, in the same order.
 */
record PlanOutcomesForm(List<String> outcomes, int listed) {

    static final String FORM = "plan-inputs";
    static final String ROWS = "planOutcomes";
    static final String OUTCOME = "outcome";

    /** The inputs the task's process listed (Task_ListOpenInputs), in the order of the rows. */
    static List<Long> listed(DelegateTask task) {
        return ((List<?>) task.getVariable(DialogueVariables.PLAN_INPUT_IDS)).stream().map(Fields::id).toList();
    }

    /** @throws InvalidInputException when a row is missing or added, or an outcome is empty or too long */
    void check() {
        Checks checks = new Checks();
        if (outcomes.size() != listed) {
            checks.add(ROWS, "Skriv utfallet på hver rad i listen, uten å legge til eller fjerne rader.");
        }
        for (String outcome : outcomes) {
            if (outcome == null) {
                checks.add(ROWS, "Skriv hva handlings- og økonomiplanen gjør med hvert innspill.");
                break;
            }
            checks.text(ROWS, outcome, "Utfallet", TextLimits.TEXT);
        }
        checks.refuseIfAny();
    }
}
