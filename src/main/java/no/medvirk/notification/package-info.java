/**
 * E-mail and SMS through transactional outboxes: written with the step that causes it, sent after commit,
 * retried, never sent twice; the mail templates' Java side.
 */
package no.medvirk.notification;
