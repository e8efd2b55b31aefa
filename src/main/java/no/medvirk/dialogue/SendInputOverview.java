package no.medvirk.dialogue;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.medvirk.engine.StepSetting;
import no.medvirk.engine.StepSettings;
import no.medvirk.notification.Outbox;
import no.medvirk.organisation.Organisation;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_SendInputOverview (D8): once a year the committee hears where every input stands: those from
 * the last year's meetings and any older one still open, with the chief executive's outcome in the
 * budget and action plan, by the group the model names.
 */
@Component("sendInputOverview")
@StepSetting(name = SendInputOverview.RECIPIENT, label = "Mottaker (gruppe)", kind = StepSetting.Kind.GROUP)
class SendInputOverview implements JavaDelegate {

    static final String RECIPIENT = "recipient";

    record Overview(int year, int count, int open, List<Line> inputs) {
    }

    record Line(String meeting, String input, String unit, String status, String followUp, String planOutcome) {
    }

    private final DialogueInputs inputs;
    private final DialogueDisplay display;
    private final Organisation organisation;
    private final Outbox outbox;
    private final Clock clock;

    SendInputOverview(DialogueInputs inputs, DialogueDisplay display, Organisation organisation, Outbox outbox,
                      Clock clock) {
        this.inputs = inputs;
        this.display = display;
        this.organisation = organisation;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        LocalDate today = LocalDate.now(clock);
        Map<Long, DialogueInput> listed = new LinkedHashMap<>();
        inputs.findOpen().forEach(i -> listed.put(i.getId(), i));
        inputs.findFromMeetingsSince(today.minusYears(1)).forEach(i -> listed.putIfAbsent(i.getId(), i));
        List<Line> lines = listed.values().stream()
                .sorted(java.util.Comparator.comparing((DialogueInput i) -> i.getMeeting().getMeetingDate())
                        .thenComparing(DialogueInput::getId))
                .map(this::line).toList();
        Overview overview = new Overview(today.getYear(), lines.size(),
                (int) listed.values().stream().filter(DialogueInput::isOpen).count(), lines);
        organisation.addressesOf(StepSettings.group(execution, RECIPIENT))
                .forEach(email -> outbox.send(email, "dialogue-input-overview", overview));
    }

    private Line line(DialogueInput input) {
        String planOutcome = input.getPlanOutcome() == null ? null
                : input.getPlanOutcome() + " (" + input.getPlanOutcomeYear() + ")";
        return new Line(display.meetingName(input.getMeeting()), input.getText(), display.unit(input.getUnitCode()),
                input.getFollowUpStatus().label(), input.getFollowUpText(), planOutcome);
    }
}
