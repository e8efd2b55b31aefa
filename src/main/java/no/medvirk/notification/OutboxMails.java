package no.medvirk.notification;

import java.util.List;

/** The e-mail outbox; claimed, sent and failed by {@link OutboxRows}' queries. */
public interface OutboxMails extends OutboxRows<OutboxMail> {

    List<OutboxMail> findBySentAtIsNullOrderById();

    /** The mails whose subject holds the text (a case number, say), oldest first: a case's history reads them. */
    List<OutboxMail> findBySubjectContainingOrderById(String text);
}
