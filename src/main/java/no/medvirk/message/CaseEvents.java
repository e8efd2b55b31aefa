package no.medvirk.message;

import java.util.List;

/**
 * What a feature that builds on messages knows happened to a case (the due lists: its overdue weeks), for the
 * case page's timeline. {@code message} knows no such feature; each provides a bean of this type.
 */
public interface CaseEvents {

    List<CaseEvent> of(Message message);
}
