package no.medvirk.forms;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * What a task's form shows of a record, made each time the form is read (Tasklist's form variables,
 * {@code FormService#getTaskFormVariables}) and never stored: no copy of the record on the task, in
 * the engine's runtime or history tables. A task shows it when the display is one of its create
 * listeners, attached by form ({@code engine.ListensTo}) or named in the model; creating the task
 * stores nothing, unless the display keeps the task's card line ({@link #notify}).
 */
public interface TaskDisplay extends TaskListener {

    /** Puts what the task's form may show; {@link FormDisplay} keeps only what the form refers to. */
    void show(DelegateTask task, FormDisplay display);

    @Override
    default void notify(DelegateTask task) {
        // Nothing is stored when the task is made: what its form shows is made when the form is read.
    }
}
