package no.medvirk.message;

import java.util.Optional;

/**
 * A message by its case number, the business key every listener and delegate of a case starts from: several of
 * them run in one transaction (a task's create listeners, the routing), and a query would ask the database
 * (and flush) each time, where the case number as the record's natural id finds it loaded already.
 */
public interface MessagesByCaseNumber {

    /** The message of this case number: the one this transaction loaded already, else one select. */
    Optional<Message> findByCaseNumber(String caseNumber);
}
