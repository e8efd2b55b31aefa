package no.medvirk.message;

import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.hibernate.engine.spi.NaturalIdResolutions;
import org.hibernate.engine.spi.SessionImplementor;
import org.hibernate.persister.entity.EntityPersister;
import org.springframework.transaction.annotation.Transactional;

/** Spring Data's implementation of the fragment {@link MessagesByCaseNumber}, found by its name. */
class MessagesByCaseNumberImpl implements MessagesByCaseNumber {

    @PersistenceContext
    private EntityManager entityManager;

    /**
     * In a transaction of its own when called outside one: the session is the transaction's. The session's own
     * natural-id resolutions first, as {@code bySimpleNaturalId} would look; otherwise a query rather than
     * Hibernate's natural-id loader, which builds and translates its select anew at every call (Hibernate 6.6),
     * where a query's translation is cached. The query does not flush, as the loader does not: the case number
     * never changes, so nothing pending can change the answer.
     */
    @Override
    @Transactional(readOnly = true)
    public Optional<Message> findByCaseNumber(String caseNumber) {
        SessionImplementor session = entityManager.unwrap(SessionImplementor.class);
        EntityPersister persister = session.getFactory().getMappingMetamodel().getEntityDescriptor(Message.class);
        Object id = session.getPersistenceContextInternal().getNaturalIdResolutions()
                .findCachedIdByNaturalId(caseNumber, persister);
        if (id == NaturalIdResolutions.INVALID_NATURAL_ID_REFERENCE) {
            return Optional.empty();
        }
        if (id != null) {
            return Optional.ofNullable(session.find(Message.class, id));
        }
        return entityManager.createQuery("select m from Message m where m.caseNumber = :caseNumber", Message.class)
                .setParameter("caseNumber", caseNumber).setFlushMode(FlushModeType.COMMIT)
                .getResultStream().findFirst();
    }
}
