package no.medvirk.duelist;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DueLists extends JpaRepository<DueList, Long> {

    /** The list made last. */
    Optional<DueList> findFirstByOrderByIdDesc();

    default DueList get(long id) {
        return findById(id).orElseThrow(() -> new IllegalStateException("No due list " + id));
    }
}
