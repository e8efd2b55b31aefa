package no.medvirk.dialogue;

import org.springframework.data.jpa.repository.JpaRepository;

interface MeetingRequests extends JpaRepository<MeetingRequest, Long> {

    default MeetingRequest get(long id) {
        return findById(id).orElseThrow(() -> new IllegalStateException("No meeting request " + id));
    }
}
