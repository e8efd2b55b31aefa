package no.medvirk.dialogue;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface DialogueGroups extends JpaRepository<DialogueGroup, Long> {

    List<DialogueGroup> findByPlanIdOrderById(Long planId);
}
