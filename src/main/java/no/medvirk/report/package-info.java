/**
 * Statistics for the elected bodies (M12, docs/requirements.md): grouped counts the other features
 * give through their {@code ...Figures} queries (their tables are theirs to name), the page
 * {@code /rapport}, CSV and the yearly Word report. It only reads; nothing depends on it.
 */
package no.medvirk.report;
