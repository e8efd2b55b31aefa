package no.medvirk.message;

import no.medvirk.engine.ListensTo;
import no.medvirk.forms.Checks;
import no.medvirk.forms.CompletedForm;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task_ConsiderFollowUp, on complete: the leaders take the case up again, or explain why not; the explanation is
 * kept on the case, and the citizen reads it on their status page.
 */
@Component("decideFollowUp")
@ListensTo(forms = "consider-follow-up", event = "complete")
class DecideFollowUp implements TaskListener {

    static final String EXPLANATION = "explanation";

    private final CitizenVerdicts verdicts;

    DecideFollowUp(CitizenVerdicts verdicts) {
        this.verdicts = verdicts;
    }

    @Override
    public void notify(DelegateTask task) {
        CompletedForm form = CompletedForm.of(task);
        Boolean reopen = form.yesNo(CitizenVerdictVariables.REOPEN);
        String explanation = form.text(EXPLANATION);
        Checks checks = new Checks();
        checks.required(CitizenVerdictVariables.REOPEN, reopen, "Velg om saken skal tas opp igjen.");
        if (Boolean.FALSE.equals(reopen)) {
            checks.required(EXPLANATION, explanation, "Skriv forklaringen innbyggeren skal få.");
            checks.text(EXPLANATION, explanation, "Forklaringen", CitizenCase.MAX_ADDITION);
        }
        checks.refuseIfAny();
        CitizenVerdict verdict = verdicts.get(((Number) task.getVariable(CitizenVerdictVariables.VERDICT_ID)).longValue());
        if (reopen) {
            verdict.reopened();
        } else {
            verdict.explained(explanation.strip());
        }
        task.getExecution().setVariable(CitizenVerdictVariables.REOPEN, reopen);
    }
}
