package no.medvirk.engine;

/** The groups models may name as candidate groups; the organisation provides them. */
public interface KnownGroups {

    boolean contains(String groupId);
}
