package no.medvirk.message;

import java.time.Clock;
import no.medvirk.engine.ListensTo;
import no.medvirk.forms.Checks;
import no.medvirk.forms.CompletedForm;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Task_CallSampledCitizen, on complete: the service centre's call to a sampled citizen, reached or not. */
@Component("recordSampleAnswer")
@ListensTo(forms = "call-sampled-citizen", event = "complete")
class RecordSampleAnswer implements TaskListener {

    static final String REACHED = "sampleReached";
    static final String SATISFIED = "sampleSatisfied";
    static final String COMMENT = "sampleComment";

    private final Messages messages;
    private final CitizenVerdicts verdicts;
    private final Clock clock;

    RecordSampleAnswer(Messages messages, CitizenVerdicts verdicts, Clock clock) {
        this.messages = messages;
        this.verdicts = verdicts;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        CompletedForm form = CompletedForm.of(task);
        Boolean reached = form.yesNo(REACHED);
        Boolean satisfied = form.yesNo(SATISFIED);
        String comment = form.text(COMMENT);
        Checks checks = new Checks();
        checks.required(REACHED, reached, "Velg om du fikk snakket med innbyggeren.");
        if (Boolean.TRUE.equals(reached)) {
            checks.required(SATISFIED, satisfied, "Velg hva innbyggeren svarte.");
            checks.text(COMMENT, comment, "Kommentaren", CitizenCase.MAX_ADDITION);
        }
        checks.refuseIfAny();
        Message message = messages.get(task.getVariable(CitizenVerdictVariables.SAMPLED_CASE).toString());
        verdicts.findByMessageIdAndSource(message.getId(), CitizenVerdict.Source.SAMPLE).orElseThrow()
                .called(reached, satisfied, reached && comment != null && !comment.isBlank() ? comment.strip() : null,
                        clock.instant());
    }
}
