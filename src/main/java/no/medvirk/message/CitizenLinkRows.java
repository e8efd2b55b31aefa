package no.medvirk.message;

import java.util.Collection;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface CitizenLinkRows extends JpaRepository<CitizenLink, Long> {

    Optional<CitizenLink> findByStatusToken(String statusToken);

    Optional<CitizenLink> findBySurveyToken(String surveyToken);

    @Modifying
    @Query("delete from CitizenLink l where l.messageId in :messageIds")
    void deleteByMessageIdIn(Collection<Long> messageIds);
}
