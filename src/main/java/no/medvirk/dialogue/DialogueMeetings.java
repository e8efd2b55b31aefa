package no.medvirk.dialogue;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DialogueMeetings extends JpaRepository<DialogueMeeting, Long> {

    List<DialogueMeeting> findByPlanIdOrderByMeetingDateAscStartTimeAscIdAsc(Long planId);

    List<DialogueMeeting> findByRequestId(Long requestId);

    default DialogueMeeting get(long id) {
        return findById(id).orElseThrow(() -> new IllegalStateException("No dialogue meeting " + id));
    }
}
