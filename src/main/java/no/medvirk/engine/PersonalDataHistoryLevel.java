package no.medvirk.engine;

import java.util.Set;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.runtime.VariableInstance;

/**
 * Full history, except for variables that carry personal data (submitters' names, addresses,
 * phones, e-mail, message text): those live only in Medvirk's own tables, where their retention is
 * handled, and are never copied into the engine's history. Submitted form fields are not recorded
 * as form history either, since that event does not say which field it is about.
 */
class PersonalDataHistoryLevel implements HistoryLevel {

    static final String NAME = "medvirk";

    private final Set<String> personalVariables;

    PersonalDataHistoryLevel(Set<String> personalVariables) {
        this.personalVariables = Set.copyOf(personalVariables);
    }

    @Override
    public int getId() {
        return 11;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean isHistoryEventProduced(HistoryEventType eventType, Object entity) {
        if (eventType == HistoryEventTypes.FORM_PROPERTY_UPDATE) {
            return false;
        }
        if (entity instanceof VariableInstance variable) {
            return !personalVariables.contains(variable.getName());
        }
        return true;
    }
}
