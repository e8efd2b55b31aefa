/**
 * The weekly due lists, the units' overdue lists and escalation to the chief executive (M9–M11,
 * docs/requirements.md), with their steps and API.
 *
 * <p>Names say what a class is: a verb phrase is a step bean a model names
 * ({@code RecordCallAttempt} is {@code ${recordCallAttempt}}), a noun a record or value
 * ({@code Message}, {@code CaseNumber}), a plural its repository ({@code Messages}); a
 * {@code ...Controller} answers HTTP, {@code ...Settings} binds {@code medvirk.*} properties,
 * {@code ...Variables} names the process variables of the feature's models, {@code ...Figures} counts
 * the feature's records for the report (M12).
 */
package no.medvirk.duelist;
