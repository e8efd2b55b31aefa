/**
 * What an operator watches: the figures behind Medvirk's gauges, read by a few grouped queries and
 * kept for a short while ({@code Snapshot}), request latencies by part of the application
 * ({@code RequestMetrics}), and logs as JSON lines when {@code medvirk.log.json} is on ({@code JsonLogs}).
 */
package no.medvirk.operations;
