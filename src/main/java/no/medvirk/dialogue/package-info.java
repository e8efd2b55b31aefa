/**
 * The dialogue meetings (D1–D10, docs/requirements.md): the year's plan, groups, meetings, minutes,
 * inputs and their follow-up, the Word documents, the three models' steps and the API. It stands
 * beside the message features and imports none of them.
 *
 * <p>Names say what a class is: a verb phrase is a step bean a model names
 * ({@code RecordCallAttempt} is {@code ${recordCallAttempt}}), a noun a record or value
 * ({@code Message}, {@code CaseNumber}), a plural its repository ({@code Messages}); a
 * {@code ...Controller} answers HTTP, {@code ...Settings} binds {@code medvirk.*} properties,
 * {@code ...Variables} names the process variables of the feature's models, {@code ...Figures} counts
 * the feature's records for the report (M12).
 */
package no.medvirk.dialogue;
