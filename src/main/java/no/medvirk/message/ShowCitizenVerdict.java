package no.medvirk.message;

import java.time.Clock;
import java.util.Optional;
import no.medvirk.engine.ListensTo;
import no.medvirk.forms.FormDisplay;
import no.medvirk.forms.TaskDisplay;
import no.medvirk.organisation.Organisation;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Task_ConsiderFollowUp ("Vurder ny oppfølging") and Task_CallSampledCitizen: the case as the message's
 * tasks show it, and what the citizen answered, when the form is read; the card's line, on create. A sampled case is named by its element variable, a verdict's case
 * by the business key.
 */
@Component("showCitizenVerdict")
@ListensTo(forms = {"consider-follow-up", "call-sampled-citizen"}, event = "create")
class ShowCitizenVerdict implements TaskDisplay {

    private final Messages messages;
    private final CitizenVerdicts verdicts;
    private final Organisation organisation;
    private final StandardAnswers standardAnswers;
    private final Clock clock;

    ShowCitizenVerdict(Messages messages, CitizenVerdicts verdicts, Organisation organisation,
                       StandardAnswers standardAnswers, Clock clock) {
        this.messages = messages;
        this.verdicts = verdicts;
        this.organisation = organisation;
        this.standardAnswers = standardAnswers;
        this.clock = clock;
    }

    @Override
    public void show(DelegateTask task, FormDisplay display) {
        MessageDisplay.fill(display, message(task), organisation, standardAnswers, clock.getZone());
        Object verdictId = task.getVariable(CitizenVerdictVariables.VERDICT_ID);
        if (verdictId != null) {
            // Looked up only when the form shows the comment.
            display.put("verdictComment", () -> Optional.ofNullable(verdicts.get(((Number) verdictId).longValue())
                    .getComment()).orElse("(ingen kommentar)"));
        }
    }

    @Override
    public void notify(DelegateTask task) {
        MessageDisplay.showCard(task, message(task), organisation, clock.getZone());
    }

    private Message message(DelegateTask task) {
        Object sampled = task.getVariable(CitizenVerdictVariables.SAMPLED_CASE);
        return messages.get(sampled != null ? sampled.toString() : task.getExecution().getProcessBusinessKey());
    }
}
