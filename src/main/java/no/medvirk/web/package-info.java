/**
 * HTTP security around the engine's REST API, Camunda's webapps and Medvirk's own API: who the caller
 * is ({@code ApiAuthentication}, {@code CurrentUser}), what Camunda 7.24 CE leaves open (the admin
 * setup, cookies over HTTPS, forwarded headers, paths with {@code //}) and refusals answered as such.
 */
package no.medvirk.web;
