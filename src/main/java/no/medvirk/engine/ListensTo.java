package no.medvirk.engine;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Where Medvirk attaches a listener by itself, so that the plumbing a task needs (show the record on
 * the task, record what the form says) is never an expression a process owner can delete or
 * misspell: every user task with one of these forms, or every business rule task with one of these
 * decisions, gets the listener on this event. A model may still name it; it runs once.
 * {@link StepListeners} reads it when a model is parsed.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ListensTo {

    /** The user tasks' form ids ({@code camunda:formRef}). */
    String[] forms() default {};

    /** The business rule tasks' decision keys ({@code camunda:decisionRef}). */
    String[] decisions() default {};

    /** The task event ({@code create}, {@code complete}) or, for a decision, the execution event ({@code end}). */
    String event();

    /** Before the others on the same event when lower: the mail to the unit before the task shows the record. */
    int order() default 0;
}
