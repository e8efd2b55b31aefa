package no.medvirk.duelist;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface OverdueWeeks extends JpaRepository<OverdueWeek, OverdueWeek.Key> {

    List<OverdueWeek> findByKeyMessageIdOrderByKeyWeekStart(Long messageId);
}
