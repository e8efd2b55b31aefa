package no.medvirk.engine;

/** The groups and units models may name (candidate groups, the routing table's units); the organisation provides them. */
public interface KnownGroups {

    boolean contains(String groupId);

    boolean hasUnit(String unitCode);
}
