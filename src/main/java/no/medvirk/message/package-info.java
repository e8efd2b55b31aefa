/**
 * The citizen's message (M1–M8, docs/requirements.md): the case record, case numbers, registration,
 * the message lifecycle's steps, the service centre's API, the case page, what the submitter is told
 * along the way ({@code CitizenNotices}, which also keeps the table of notices given) and the letters
 * to print ({@code Letters}: the contact card and the answer by letter).
 *
 * <p>Names say what a class is: a verb phrase is a step bean a model names
 * ({@code RecordCallAttempt} is {@code ${recordCallAttempt}}), a noun a record or value
 * ({@code Message}, {@code CaseNumber}), a plural its repository ({@code Messages}); a
 * {@code ...Controller} answers HTTP, {@code ...Settings} binds {@code medvirk.*} properties,
 * {@code ...Variables} names the process variables of the feature's models, {@code ...Figures} counts
 * the feature's records for the report (M12).
 */
package no.medvirk.message;
