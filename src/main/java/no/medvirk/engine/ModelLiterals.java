package no.medvirk.engine;

import static no.medvirk.engine.ModelElements.BPMN_NS;
import static no.medvirk.engine.ModelElements.CAMUNDA_NS;

import java.util.List;
import org.camunda.bpm.engine.impl.calendar.CronTimer;
import org.camunda.bpm.engine.impl.calendar.DateTimeUtil;
import org.camunda.bpm.engine.impl.calendar.DurationHelper;
import org.camunda.bpm.model.xml.instance.DomElement;

/**
 * Durations, dates and cycles written as they are in a model (timers, due dates): read here by the
 * engine's own parsers, so that «14 dager» is refused at deployment instead of failing when a case
 * reaches the timer.
 */
final class ModelLiterals {

    private static final String DURATION = " Skriv varigheten etter ISO 8601: P14D er 14 dager, PT2H to timer, "
            + "P3M tre måneder, P2W to uker.";
    private static final String DATE = " Skriv tidspunktet som 2027-03-01T07:00:00.";
    private static final String CYCLE = " Skriv gjentakelsen som R/2027-01-04T07:00:00/P7D (hver uke fra "
            + "4. januar kl. 7) eller som cron, 0 0 7 ? * MON (hver mandag kl. 7).";

    private ModelLiterals() {
    }

    static void check(String file, DomElement element, List<ModelProblem> problems) {
        if (BPMN_NS.equals(element.getNamespaceURI())) {
            String text = ModelElements.ownText(element);
            String value = text == null ? null : text.strip();
            if (value != null && !value.isEmpty() && !ModelElements.isExpression(value)) {
                switch (element.getLocalName()) {
                    case "timeDuration" -> duration(file, element, "tidtakeren", value, problems);
                    case "timeDate" -> date(file, element, "tidtakeren", value, problems);
                    case "timeCycle" -> cycle(file, element, value, problems);
                    default -> { }
                }
            }
        }
        for (String attribute : List.of("dueDate", "followUpDate")) {
            String value = element.getAttribute(CAMUNDA_NS, attribute);
            if (value != null && !value.isBlank() && !ModelElements.isExpression(value)) {
                String what = "dueDate".equals(attribute) ? "fristen" : "oppfølgingsdatoen";
                if (value.strip().startsWith("P")) {
                    duration(file, element, what, value.strip(), problems);
                } else {
                    date(file, element, what, value.strip(), problems);
                }
            }
        }
        for (DomElement child : element.getChildElements()) {
            check(file, child, problems);
        }
    }

    private static void duration(String file, DomElement element, String what, String value,
                                 List<ModelProblem> problems) {
        try {
            if (!value.startsWith("P")) {
                throw new IllegalArgumentException(value);
            }
            new DurationHelper(value);
        } catch (Exception e) {
            problems.add(ModelElements.problem(file, element, what + " «" + value + "» er ikke en varighet." + DURATION));
        }
    }

    private static void date(String file, DomElement element, String what, String value, List<ModelProblem> problems) {
        try {
            DateTimeUtil.parseDate(value);
        } catch (RuntimeException e) {
            problems.add(ModelElements.problem(file, element, what + " «" + value + "» er ikke et tidspunkt." + DATE));
        }
    }

    private static void cycle(String file, DomElement element, String value, List<ModelProblem> problems) {
        try {
            if (value.startsWith("R")) {
                new DurationHelper(value);
            } else {
                CronTimer.parse(value);
            }
        } catch (Exception e) {
            problems.add(ModelElements.problem(file, element, "tidtakeren «" + value + "» er ikke en gjentakelse."
                    + CYCLE));
        }
    }
}
