/**
 * The organisation file (units, people, offices) and its sync into Camunda's users, groups,
 * authorizations and Tasklist filters, and into the unit table.
 */
package no.medvirk.organisation;
