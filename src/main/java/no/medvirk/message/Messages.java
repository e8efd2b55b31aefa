package no.medvirk.message;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface Messages extends JpaRepository<Message, Long> {

    Optional<Message> findByCaseNumber(String caseNumber);

    List<Message> findByCaseNumberIn(Collection<String> caseNumbers);

    /** The messages closed as duplicates of this case. */
    List<Message> findByDuplicateOfOrderById(String caseNumber);

    List<Message> findByClosedAtBeforeAndAnonymisedAtIsNull(Instant closedBefore);

    /** M9: the open messages whose contact deadline comes before the given time, overdue ones included. */
    @Query("select m from Message m where m.status <> no.medvirk.message.MessageStatus.CLOSED "
            + "and m.contactDeadline < :before order by m.contactDeadline")
    List<Message> findOpenWithContactDeadlineBefore(Instant before);

    default Message get(String caseNumber) {
        return findByCaseNumber(caseNumber)
                .orElseThrow(() -> new IllegalStateException("No message with case number " + caseNumber));
    }
}
