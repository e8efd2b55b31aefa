package no.medvirk.dialogue;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface BodyTreatments extends JpaRepository<BodyTreatment, Long> {

    List<BodyTreatment> findByPlanIdOrderById(Long planId);
}
