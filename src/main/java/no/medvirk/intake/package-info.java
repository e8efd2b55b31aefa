/**
 * The citizens' ways in: the public message card ({@code /melding}), the postbox read over IMAP and
 * Open311 GeoReport v2. Each checks its own input and ends in {@code MessageRegistration.receive}.
 *
 * <p>Names say what a class is: a verb phrase is a step bean a model names
 * ({@code RecordCallAttempt} is {@code ${recordCallAttempt}}), a noun a record or value
 * ({@code Message}, {@code CaseNumber}), a plural its repository ({@code Messages}); a
 * {@code ...Controller} answers HTTP, {@code ...Settings} binds {@code medvirk.*} properties,
 * {@code ...Variables} names the process variables of the feature's models.
 */
package no.medvirk.intake;
