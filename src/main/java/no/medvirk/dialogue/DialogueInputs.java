package no.medvirk.dialogue;

import org.springframework.data.jpa.repository.JpaRepository;

interface DialogueInputs extends JpaRepository<DialogueInput, Long> {

    default DialogueInput get(long id) {
        return findById(id).orElseThrow(() -> new IllegalStateException("No dialogue input " + id));
    }
}
