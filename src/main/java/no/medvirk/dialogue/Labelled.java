package no.medvirk.dialogue;

/** An enumeration whose values users read in Norwegian. */
interface Labelled {

    String label();
}
