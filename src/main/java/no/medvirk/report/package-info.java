/**
 * Statistics for the elected bodies (M12, docs/requirements.md): grouped counts over the other
 * features' tables, the page {@code /rapport}, CSV and the yearly Word report. It only reads; nothing
 * depends on it.
 */
package no.medvirk.report;
