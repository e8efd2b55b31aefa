package no.medvirk.dialogue;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DialoguePlans extends JpaRepository<DialoguePlan, Long> {

    Optional<DialoguePlan> findByYear(int year);

    default DialoguePlan get(long id) {
        return findById(id).orElseThrow(() -> new IllegalStateException("No dialogue plan " + id));
    }
}
