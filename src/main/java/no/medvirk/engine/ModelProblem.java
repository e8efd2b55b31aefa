package no.medvirk.engine;

/**
 * One thing wrong with a model file, said in Norwegian so that a process owner can find it in
 * Camunda Modeler and knows what to do: the file, the element by its name and id, what is wrong and
 * how to fix it.
 *
 * @param resource the file, relative to the processes folder
 * @param elementId the element's id, or null when the problem is the file's
 * @param elementName the element's name as Modeler shows it, or null
 */
public record ModelProblem(String resource, String elementId, String elementName, String message) {

    public ModelProblem(String resource, String elementId, String message) {
        this(resource, elementId, null, message);
    }

    @Override
    public String toString() {
        String element = elementId == null ? ""
                : elementName == null || elementName.isBlank() ? ", " + elementId
                : ", «" + elementName.strip() + "» (" + elementId + ")";
        return resource + element + ": " + message;
    }
}
