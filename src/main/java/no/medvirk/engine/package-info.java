/**
 * Camunda wiring, and the only package that configures the engine: the deployment of processes/
 * and its model check, the history level that keeps personal data out, the expression sandbox and
 * the query check, the start-up lock for clusters, cron timers in Oslo time.
 */
package no.medvirk.engine;
