package no.medvirk.engine;

import static no.medvirk.engine.ModelElements.BPMN_NS;
import static no.medvirk.engine.ModelElements.CAMUNDA_NS;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.Period;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.xml.instance.DomElement;

/**
 * The {@link StepSetting}s of the step that runs, read from its element in the model; and their check
 * at deployment. A model that passed the check has every setting its steps declare.
 */
public final class StepSettings {

    private static final String SET_IT = " Velg steget i Modeler og fyll inn feltet under «%s» (malen viser det), "
            + "eller legg til utvidelsesegenskapen «%s» (Extension properties).";

    private StepSettings() {
    }

    public static Period period(DelegateExecution execution, String name) {
        return (Period) read(execution, name, StepSetting.Kind.PERIOD);
    }

    public static int count(DelegateExecution execution, String name) {
        return (Integer) read(execution, name, StepSetting.Kind.COUNT);
    }

    public static DayOfWeek weekday(DelegateExecution execution, String name) {
        return (DayOfWeek) read(execution, name, StepSetting.Kind.WEEKDAY);
    }

    public static LocalTime time(DelegateExecution execution, String name) {
        return (LocalTime) read(execution, name, StepSetting.Kind.TIME);
    }

    public static String group(DelegateExecution execution, String name) {
        return (String) read(execution, name, StepSetting.Kind.GROUP);
    }

    private static Object read(DelegateExecution execution, String name, StepSetting.Kind kind) {
        FlowElement element = execution.getBpmnModelElementInstance();
        String value = value(element.getDomElement(), name);
        if (value == null) {
            // The model check refuses such a model; this is a model deployed before the step had the setting.
            throw new ProcessEngineException("«" + element.getName() + "» (" + element.getId() + ") mangler "
                    + "innstillingen «" + name + "»." + String.format(SET_IT, element.getName(), name));
        }
        try {
            return kind.parse(value);
        } catch (RuntimeException e) {
            throw new ProcessEngineException("«" + element.getName() + "» (" + element.getId() + "): «" + value
                    + "» i innstillingen «" + name + "» kan ikke leses. " + kind.howToWrite());
        }
    }

    /** Every problem with the settings the step declares, at the element that runs it. */
    static void check(String file, DomElement element, List<StepSetting> settings, ModelReferences references,
                      List<ModelProblem> problems) {
        for (StepSetting setting : settings) {
            String value = value(element, setting.name());
            if (value == null) {
                problems.add(ModelElements.problem(file, element, "mangler «" + setting.label() + "»."
                        + String.format(SET_IT, setting.label(), setting.name())));
                continue;
            }
            Object read;
            try {
                read = setting.kind().parse(value);
            } catch (RuntimeException e) {
                problems.add(ModelElements.problem(file, element, "«" + setting.label() + "» er «" + value
                        + "», som ikke kan leses. " + setting.kind().howToWrite()));
                continue;
            }
            if (setting.kind() == StepSetting.Kind.GROUP && (!references.groupExists((String) read)
                    || ((String) read).startsWith("camunda-") || "medvirk-users".equals(read))) {
                problems.add(ModelElements.problem(file, element, "«" + setting.label() + "»: gruppen «" + read
                        + "» finnes ikke i organisasjonen, eller er ikke en mottaker. " + setting.kind().howToWrite()));
            }
        }
    }

    /** The element's extension property of this name, stripped; null when it has none or it is blank. */
    static String value(DomElement element, String name) {
        for (DomElement extensions : element.getChildElementsByNameNs(BPMN_NS, "extensionElements")) {
            for (DomElement properties : extensions.getChildElementsByNameNs(CAMUNDA_NS, "properties")) {
                for (DomElement property : properties.getChildElementsByNameNs(CAMUNDA_NS, "property")) {
                    String value = property.getAttribute("value");
                    if (name.equals(property.getAttribute("name")) && value != null && !value.isBlank()) {
                        return value.strip();
                    }
                }
            }
        }
        return null;
    }
}
