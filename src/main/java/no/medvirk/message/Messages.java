package no.medvirk.message;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface Messages extends JpaRepository<Message, Long> {

    Optional<Message> findByCaseNumber(String caseNumber);

    List<Message> findByClosedAtBeforeAndAnonymisedAtIsNull(Instant closedBefore);

    default Message get(String caseNumber) {
        return findByCaseNumber(caseNumber)
                .orElseThrow(() -> new IllegalStateException("No message with case number " + caseNumber));
    }
}
