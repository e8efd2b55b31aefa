/**
 * The demo year: a year of made-up messages driven through the real processes with the engine clock
 * moved day by day ({@code medvirk.demo-year.enabled}). Nothing depends on it.
 */
package no.medvirk.demo;
