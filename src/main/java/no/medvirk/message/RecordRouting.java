package no.medvirk.message;

import java.util.Map;
import no.medvirk.engine.ListensTo;
import no.medvirk.organisation.Organisation;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Task_RouteMessage, on end: the routing decision's answer goes to the record and into the
 * variables the gateways need. An answer that names no unit of the organisation stops here, as an
 * incident that says so, rather than sending the message nowhere.
 */
@Component("recordRouting")
@ListensTo(decisions = "message-routing", event = "end")
class RecordRouting implements ExecutionListener {

    private final Messages messages;
    private final Organisation organisation;

    RecordRouting(Messages messages, Organisation organisation) {
        this.messages = messages;
        this.organisation = organisation;
    }

    @Override
    public void notify(DelegateExecution execution) {
        Message message = messages.get(execution.getProcessBusinessKey());
        @SuppressWarnings("unchecked")
        Map<String, Object> routing = (Map<String, Object>) execution.getVariable(MessageVariables.ROUTING);
        execution.removeVariable(MessageVariables.ROUTING);
        if (routing == null || routing.get("routedTo") == null) {
            throw new ProcessEngineException("Ingen regel i rutingstabellen (message-routing) passer for emnet «"
                    + message.getSubjectArea() + "». Legg til emnet i tabellen og prøv igjen.");
        }
        RoutedTo routedTo = RoutedTo.valueOf(routing.get("routedTo").toString());
        String unitCode = routedTo == RoutedTo.UNIT ? String.valueOf(routing.get("unit")) : null;
        if (routedTo == RoutedTo.UNIT && organisation.unit(unitCode).isEmpty()) {
            throw new ProcessEngineException("Rutingstabellen sender emnet «" + message.getSubjectArea()
                    + "» til enheten «" + unitCode + "», som ikke finnes i organisasjonsfilen.");
        }
        message.route(routedTo, unitCode);
        execution.setVariable(MessageVariables.ROUTED_TO, routedTo.name());
        execution.setVariable(MessageVariables.UNIT_CODE, unitCode);
        if (unitCode != null) {
            // A unit without leaders lets its caseworkers hand out its messages themselves.
            execution.setVariable(MessageVariables.HAND_OUT_GROUP, organisation.leadingGroup(unitCode));
        }
    }
}
