package no.medvirk.message;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.hibernate.Session;
import org.springframework.transaction.annotation.Transactional;

/** Spring Data's implementation of the fragment {@link MessagesByCaseNumber}, found by its name. */
class MessagesByCaseNumberImpl implements MessagesByCaseNumber {

    @PersistenceContext
    private EntityManager entityManager;

    /** In a transaction of its own when called outside one: the session is the transaction's. */
    @Override
    @Transactional(readOnly = true)
    public Optional<Message> findByCaseNumber(String caseNumber) {
        return entityManager.unwrap(Session.class).bySimpleNaturalId(Message.class).loadOptional(caseNumber);
    }
}
