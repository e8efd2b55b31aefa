package no.medvirk.dialogue;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface BodyTreatments extends JpaRepository<BodyTreatment, Long> {

    List<BodyTreatment> findByPlanIdOrderById(Long planId);

    boolean existsByPlanIdAndBody(Long planId, Body body);

    /** D7: the committee decides first, then the council. */
    default Body nextToDecide(long planId) {
        return existsByPlanIdAndBody(planId, Body.COMMITTEE) ? Body.COUNCIL : Body.COMMITTEE;
    }
}
