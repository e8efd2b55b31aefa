/**
 * Reading what a completed Camunda Form submitted, the same way for every feature.
 */
package no.medvirk.forms;
