package no.medvirk.message;

/** An enumeration whose values users read in Norwegian. */
interface Labelled {

    String label();
}
