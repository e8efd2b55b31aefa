package no.medvirk.message;

import java.time.Clock;
import java.util.Optional;
import no.medvirk.engine.ListensTo;
import no.medvirk.forms.FormDisplay;
import no.medvirk.organisation.Organisation;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task_ConsiderFollowUp ("Vurder ny oppfølging") and Task_CallSampledCitizen, on create: the case as the message's
 * tasks show it, and what the citizen answered. A sampled case is named by its element variable, a verdict's case
 * by the business key.
 */
@Component("showCitizenVerdict")
@ListensTo(forms = {"consider-follow-up", "call-sampled-citizen"}, event = "create")
class ShowCitizenVerdict implements TaskListener {

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
    public void notify(DelegateTask task) {
        Object sampled = task.getVariable(CitizenVerdictVariables.SAMPLED_CASE);
        Message message = messages.get(sampled != null ? sampled.toString() : task.getExecution().getProcessBusinessKey());
        FormDisplay display = MessageDisplay.fill(FormDisplay.of(task), message, organisation, standardAnswers,
                clock.getZone());
        Object verdictId = task.getVariable(CitizenVerdictVariables.VERDICT_ID);
        if (verdictId != null) {
            // Looked up only when the form shows the comment.
            display.put("verdictComment", () -> Optional.ofNullable(verdicts.get(((Number) verdictId).longValue())
                    .getComment()).orElse("(ingen kommentar)"));
        }
        display.show();
        task.setVariableLocal(MessageVariables.CARD_TEXT, MessageDisplay.card(message, organisation, clock.getZone()));
    }
}
