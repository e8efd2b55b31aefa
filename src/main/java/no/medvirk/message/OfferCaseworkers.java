package no.medvirk.message;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import no.medvirk.engine.ListensTo;
import no.medvirk.forms.FormDisplay;
import no.medvirk.forms.FormJson;
import no.medvirk.forms.TaskDisplay;
import no.medvirk.organisation.Organisation;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** Task_AssignCaseworker, when its form is read: the select lists the unit's caseworkers, and its leaders, who may take it. */
@Component("offerCaseworkers")
@ListensTo(forms = "assign-caseworker", event = "create", order = 1)
class OfferCaseworkers implements TaskDisplay {

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
    public void show(DelegateTask task, FormDisplay form) {
        form.put(MessageVariables.CASEWORKER_OPTIONS, () -> {
            Message message = messages.get(task.getExecution().getProcessBusinessKey());
            Organisation.Unit unit = organisation.unit(message.getUnitCode()).orElseThrow();
            return FormJson.value(candidates(unit).stream()
                    .map(id -> Map.of("value", id, "label", organisation.personName(id)))
                    .toList());
        });
    }
}
