package no.medvirk.forms;

/** An enumeration whose values users read in Norwegian, in the words the forms use. */
public interface Labelled {

    String label();
}
