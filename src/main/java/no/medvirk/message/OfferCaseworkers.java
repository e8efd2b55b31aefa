package no.medvirk.message;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.medvirk.engine.ListensTo;
import no.medvirk.forms.FormJson;
import no.medvirk.organisation.Organisation;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Task_AssignCaseworker, on create: the select lists the unit's caseworkers, and its leaders, who may take it. */
@Component("offerCaseworkers")
@ListensTo(forms = "assign-caseworker", event = "create", order = 1)
class OfferCaseworkers implements TaskListener {

    private final Messages messages;
    private final Organisation organisation;

    OfferCaseworkers(Messages messages, Organisation organisation) {
        this.messages = messages;
        this.organisation = organisation;
    }

    static Set<String> candidates(Organisation.Unit unit) {
        Set<String> people = new LinkedHashSet<>(unit.caseworkers());
        people.addAll(unit.leaders());
        return people;
    }

    @Override
    public void notify(DelegateTask task) {
        Message message = messages.get(task.getExecution().getProcessBusinessKey());
        Organisation.Unit unit = organisation.unit(message.getUnitCode()).orElseThrow();
        List<Map<String, String>> options = candidates(unit).stream()
                .map(id -> Map.of("value", id, "label",
                        organisation.personName(id)))
                .toList();
        task.setVariableLocal(MessageVariables.CASEWORKER_OPTIONS, FormJson.value(options));
    }
}
