package no.medvirk.message;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_ReopenMessage: the leaders take the case up again after the citizen's "Nei". The record opens with a new
 * contact deadline, and a new lifecycle of the same case number starts where its routing sent it: the unit's
 * "Fordel melding", the mayor's task or the service centre's referral.
 */
@Component("reopenMessage")
class ReopenMessage implements JavaDelegate {

    /** Element ids of message-lifecycle.bpmn, which process owners keep. */
    private static final Map<RoutedTo, String> WHERE_ROUTED = Map.of(RoutedTo.UNIT, "Task_AssignCaseworker",
            RoutedTo.MAYOR, "Task_HandlePoliticalMessage", RoutedTo.EXTERNAL, "Task_ContactAboutOtherAuthority");

    private final Messages messages;
    private final RuntimeService runtimeService;
    private final Clock clock;

    ReopenMessage(Messages messages, RuntimeService runtimeService, Clock clock) {
        this.messages = messages;
        this.runtimeService = runtimeService;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Message message = messages.get(execution.getProcessBusinessKey());
        message.reopen(ZonedDateTime.now(clock));
        Map<String, Object> variables = MessageVariables.registered(message);
        variables.put(MessageVariables.RECORDED, true);
        variables.put(MessageVariables.ROUTED_TO, message.getRoutedTo().name());
        variables.put(MessageVariables.UNIT_CODE, message.getUnitCode());
        variables.put(MessageVariables.HAND_OUT_GROUP, execution.getVariable(CitizenVerdictVariables.FOLLOW_UP_GROUP));
        runtimeService.createProcessInstanceByKey(MessageVariables.PROCESS)
                .businessKey(message.getCaseNumber())
                .setVariables(variables)
                .startBeforeActivity(WHERE_ROUTED.get(message.getRoutedTo()))
                .execute();
    }
}
