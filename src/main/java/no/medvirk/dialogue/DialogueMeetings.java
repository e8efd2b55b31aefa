package no.medvirk.dialogue;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DialogueMeetings extends JpaRepository<DialogueMeeting, Long> {

    List<DialogueMeeting> findByPlanIdOrderByMeetingDateAscStartTimeAscIdAsc(Long planId);

    List<DialogueMeeting> findByRequestId(Long requestId);

    /** D7, D8: the plan's meetings whose minutes were approved: the bodies take them, their inputs are followed up. */
    default List<DialogueMeeting> withApprovedMinutes(Long planId) {
        return findByPlanIdOrderByMeetingDateAscStartTimeAscIdAsc(planId).stream()
                .filter(meeting -> meeting.getMinutesStatus() == MinutesStatus.APPROVED).toList();
    }

    default DialogueMeeting get(long id) {
        return findById(id).orElseThrow(() -> new IllegalStateException("No dialogue meeting " + id));
    }
}
