package no.medvirk.engine;

import java.util.List;
import org.camunda.bpm.engine.exception.NotValidException;

/**
 * Models that must not be deployed. A {@link NotValidException}, so that the REST API answers a
 * Modeler deployment with 400 and this message.
 */
public class InvalidProcessModelException extends NotValidException {

    private final List<ModelProblem> problems;

    public InvalidProcessModelException(List<ModelProblem> problems) {
        super("Rutinen kan ikke tas i bruk:\n  - " + String.join("\n  - ",
                problems.stream().map(ModelProblem::toString).toList()));
        this.problems = List.copyOf(problems);
    }

    public List<ModelProblem> problems() {
        return problems;
    }
}
