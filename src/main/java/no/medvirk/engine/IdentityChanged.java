package no.medvirk.engine;

/** The engine has changed a user, group, tenant or membership ({@link IdentityChanges}). */
public record IdentityChanged() {
}
