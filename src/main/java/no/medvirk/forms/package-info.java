/**
 * Camunda Forms, the same way for every feature: the deployed form a task or start event names
 * ({@code DeployedForm}: what it submits, what it refers to), what a completed one submitted
 * ({@code CompletedForm}, which takes the values off the process), what a task's form shows
 * ({@code FormDisplay}: what it names, and only that), dynamic lists and select options
 * ({@code FormJson}); and reading and checking input: blank, yes/no, ids, free text only of
 * characters a person types ({@code Fields}), each field's problems ({@code Checks}) and the one
 * refusal ({@code InvalidInputException}) that Tasklist shows as the form's error and the API
 * answers with 400. Enumerations users read are {@code Labelled}.
 */
package no.medvirk.forms;
