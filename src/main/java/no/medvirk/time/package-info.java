/**
 * Medvirk's time: one clock that follows the engine's (so tests that move the engine clock move
 * Medvirk too), Europe/Oslo, and dates written as Norwegian users read them.
 */
package no.medvirk.time;
