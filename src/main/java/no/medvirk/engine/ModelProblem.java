package no.medvirk.engine;

/**
 * One thing wrong with a model file, said so that a process owner can find it in Camunda Modeler.
 *
 * @param resource the file, relative to the processes folder
 * @param elementId the element's id, or null when the problem is the file's
 */
public record ModelProblem(String resource, String elementId, String message) {

    @Override
    public String toString() {
        return resource + (elementId == null ? "" : ": element '" + elementId + "'") + ": " + message;
    }
}
