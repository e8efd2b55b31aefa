package no.medvirk.message;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CitizenVerdicts extends JpaRepository<CitizenVerdict, Long> {

    Optional<CitizenVerdict> findByMessageIdAndSource(Long messageId, CitizenVerdict.Source source);

    List<CitizenVerdict> findByMessageIdOrderById(Long messageId);

    List<CitizenVerdict> findByMessageIdIn(Collection<Long> messageIds);

    default CitizenVerdict get(Long id) {
        return findById(id).orElseThrow(() -> new IllegalStateException("No citizen verdict " + id));
    }
}
