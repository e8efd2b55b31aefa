package no.medvirk.message;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface CitizenAdditions extends JpaRepository<CitizenAddition, Long> {

    List<CitizenAddition> findByMessageIdOrderById(Long messageId);

    @Modifying
    @Query("delete from CitizenAddition a where a.messageId in :messageIds")
    void deleteByMessageIdIn(Collection<Long> messageIds);
}
