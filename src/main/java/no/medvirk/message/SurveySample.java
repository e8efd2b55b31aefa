package no.medvirk.message;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.security.SecureRandom;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The monthly sample (citizen-survey-sample.bpmn), as the Larvik evaluation checked satisfaction: the cases of last
 * month the service centre may call, and the sample drawn from them at random, of the size survey-sample-size.dmn
 * gives. Last month is the calendar month before today in Oslo.
 */
@Component
class SurveySample {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Messages messages;
    private final CitizenVerdicts verdicts;
    private final Clock clock;

    SurveySample(Messages messages, CitizenVerdicts verdicts, Clock clock) {
        this.messages = messages;
        this.verdicts = verdicts;
        this.clock = clock;
    }

    List<Message> candidates() {
        LocalDate thisMonth = LocalDate.now(clock).withDayOfMonth(1);
        Instant to = thisMonth.atStartOfDay(clock.getZone()).toInstant();
        Instant from = thisMonth.minusMonths(1).atStartOfDay(clock.getZone()).toInstant();
        return messages.findSampleCandidates(from, to);
    }

    /** Draws {@code size} of the candidates at random (all when there are fewer); returns their case numbers. */
    List<String> draw(int size) {
        List<Message> candidates = new ArrayList<>(candidates());
        Collections.shuffle(candidates, RANDOM);
        Instant now = clock.instant();
        List<String> drawn = new ArrayList<>();
        for (Message message : candidates.subList(0, Math.min(Math.max(size, 0), candidates.size()))) {
            verdicts.save(CitizenVerdict.drawn(message, now));
            drawn.add(message.getCaseNumber());
        }
        return drawn;
    }

    /** Task_CountClosedCases: how many cases the sample may call, the decision table's input. */
    @Component("countSampleCandidates")
    static class CountSampleCandidates implements JavaDelegate {

        private final SurveySample sample;

        CountSampleCandidates(SurveySample sample) {
            this.sample = sample;
        }

        @Override
        public void execute(DelegateExecution execution) {
            execution.setVariable(CitizenVerdictVariables.CLOSED_CASES, sample.candidates().size());
        }
    }

    /** Task_DrawSample: the sample, as the list of case numbers the call task runs over (no personal data). */
    @Component("drawSurveySample")
    static class DrawSurveySample implements JavaDelegate {

        private final SurveySample sample;

        DrawSurveySample(SurveySample sample) {
            this.sample = sample;
        }

        @Override
        public void execute(DelegateExecution execution) {
            Number size = (Number) execution.getVariable(CitizenVerdictVariables.SAMPLE_SIZE);
            execution.setVariable(CitizenVerdictVariables.SAMPLE, sample.draw(size == null ? 0 : size.intValue()));
        }
    }
}
